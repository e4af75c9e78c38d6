package resume

import (
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Section kinds besides the Sec* keys of items.
const (
	kindHeader  = "header"  // what comes before the first section
	kindContact = "contact" // contact or personal details: read into the header
	kindOther   = "other"   // a section kept as written (awards, languages...)
	kindUnknown = ""        // a title the table does not know: decided by content
)

// sectionNames maps normalised section titles, in the languages people
// write resumes in, to section kinds.
var sectionNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(kind string, names ...string) {
		for _, n := range names {
			m[n] = kind
		}
	}
	add(SecSummary,
		"summary", "professional summary", "profile", "professional profile", "about", "about me", "objective", "career objective",
		"career summary", "overview", "personal statement", "executive summary", "summary of qualifications", "introduction", "introduce", "bio",
		"a brief summary", "brief summary", "briefly about myself", "about myself", "personal summary", "personal profile", "who i am",
		"resumen", "extracto", "resumen profesional", "perfil", "perfil profesional", "sobre mí", "sobre mi", "sobre", "acerca de mí", "objetivo", "objetivo profesional",
		"profil", "profil professionnel", "à propos", "à propos de moi", "a propos", "objectif", "présentation", "résumé professionnel",
		"kurzprofil", "über mich", "zusammenfassung", "berufsziel", "persönliches profil",
		"sommario", "profilo", "chi sono", "obiettivo", "resumo", "sobre mim", "objetivo profissional", "perfil profissional",
		"resumo profissional", "resumo de qualificações", "apresentação",
		"profiel", "carrière profiel", "carrièreprofiel", "over mij", "samenvatting", "о себе", "обо мне", "профиль", "цель", "про себе", "мета",
		"个人简介", "自我评价", "个人总结", "简介", "关于我", "求职意向", "个人优势", "岗位优势", "个人概述", "自我介绍",
		"職務要約", "プロフィール", "自己pr", "自己紹介", "概要", "いまの仕事", "자기소개", "소개", "요약", "프로필", "한줄 소개", "자기 소개")
	add(SecExperience,
		"experience", "experiences", "work experience", "workexperience", "professional experience", "employment", "employment history", "work history",
		"professional work", "career history", "careers", "jobs", "companies", "employment record", "career path", "relevant experience", "professional background", "working experience", "working experiences", "work", "career",
		"positions", "positions held", "job history", "internship", "internships", "internship experience", "industry experience",
		// the jobs of one who works to contract, set apart from employment
		"contract work", "contract experience", "contracts", "contract roles", "contract positions", "contracting", "freelance work",
		"freelance and contract work", "freelance & contract work", "contract and freelance work", "freiberufliche projekte", "freiberufliche tätigkeiten",
		"missions freelance", "expérience freelance", "expériences freelance", "trabajo freelance", "experiencia freelance", "lavoro freelance", "esperienza freelance",
		"trabalho freelance", "experiência freelance", "freelance opdrachten", "фриланс",
		"freelance", "freelance experience", "research experience", "teaching experience", "professional history", "experience summary",
		"past experience", "previous experience", "prior experience", "recent experience", "other experience", "additional experience",
		"current positions", "current position", "previous positions", "past positions", "research positions", "academic positions",
		"teaching positions", "professional positions", "appointments", "academic appointments", "professional appointments", "employment experience", "professional experiences",
		"work experiences", "industry experiences", "work and experience", "experience and internships", "experience & internships",
		"expérience", "expériences", "expérience professionnelle", "expériences professionnelles", "parcours professionnel", "emplois",
		"berufserfahrung", "berufliche erfahrung", "berufliche erfahrungen", "erfahrung", "beruflicher werdegang", "werdegang", "praxiserfahrung",
		"berufserfahrung / praktika", "praktika", "arbeitserfahrung", "klinische praktika", "klinische erfahrung", "anstellung", "anstellungen", "selbständigkeit", "selbstständigkeit", "beschäftigung",
		"beschäftigungen", "berufstätigkeit", "berufliche laufbahn", "freiberufliche tätigkeit", "arbeitsverhältnisse",
		"experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional", "experiencia laboral y profesional",
		"trabajo", "trabajos", "experiencia de trabajo", "empleo", "empleos", "historial laboral", "trabalho", "experiências", "experiências profissionais",
		"experiência de trabalho", "experiências de trabalho", "experiências anteriores", "experiencias anteriores", "expériences antérieures",
		"frühere tätigkeiten", "earlier experience", "earlier career", "previous roles", "earlier roles", "histórico profissional", "atuação profissional", "trajetória profissional", "experiência laboral",
		"lavoro", "esperienze professionali", "esperienza di lavoro", "berufliche tätigkeiten", "berufspraxis", "tätigkeiten", "berufliche stationen",
		"expérience pro", "expériences pro", "work exp", "werk", "loopbaan",
		"extra work history", "additional work history", "other work history", "further work history", "otras experiencias", "otras experiencias profesionales", "otras experiencias laborales", "outras experiências", "outras experiências profissionais",
		"autres expériences", "autres expériences professionnelles", "weitere berufserfahrung", "weitere erfahrungen", "altre esperienze", "altre esperienze professionali",
		"experiência", "experiência profissional", "esperienza", "esperienze", "esperienza professionale", "esperienza lavorativa", "esperienze lavorative",
		"werkervaring", "werk ervaring", "ervaring", "doświadczenie zawodowe", "doświadczenie", "historia zatrudnienia", "przebieg pracy zawodowej",
		"iş deneyimi", "iş deneyimleri", "deneyim", "deneyimler", "profesyonel deneyim", "kinh nghiệm làm việc", "kinh nghiệm", "pengalaman kerja",
		"pengalaman", "riwayat pekerjaan", "pracovní zkušenosti", "arbetslivserfarenhet", "työkokemus", "опыт работы", "опыт", "профессиональный опыт", "досвід роботи", "досвід",
		"工作经历", "工作经验", "工作履历", "实习经历", "职业经历", "实习经验",
		"職歴", "職務経歴", "職務経歴詳細", "経歴", "職歴詳細", "경력", "경력사항", "경력 사항", "업무 경력", "인턴십", "근무 경력", "실무 경험", "경력 (시간순)")
	add(SecSkills,
		"skills", "technical skills", "core skills", "computer skills", "it skills", "skills & tools", "skills and tools", "technologies", "tech stack", "core competencies",
		"hard skills", "soft skills", "key skills", "competencies", "skill set", "skillset", "expertise", "areas of expertise", "tools", "tools & technologies",
		"technical proficiencies", "skills and proficiency", "skills & proficiencies", "skills and proficiencies", "technical skills & tools", "stack",
		"compétences", "compétences techniques", "compétences clés", "kenntnisse", "fähigkeiten", "fachkenntnisse", "technische kenntnisse",
		"kompetenzen", "it-kenntnisse", "umiejętności", "yetenekler", "beceriler", "kỹ năng", "keahlian", "keterampilan",
		"dovednosti", "zručnosti", "kompetenser", "taidot", "habilidades", "habilidades técnicas", "competencias", "conocimientos", "tecnologías", "competências",
		"principais competências", "competências técnicas", "habilidades e competências", "conhecimentos", "tecnologias", "ferramentas",
		"competenze", "competenze tecniche", "vaardigheden", "навыки", "ключевые навыки", "технические навыки", "владение технологиями", "навички",
		"技能", "专业技能", "个人技能", "我的技能", "核心能力", "核心技能", "技术栈", "技术清单", "技术能力", "技能清单", "掌握技术", "技能特长", "技能专长", "专业特长", "技術", "スキル", "技術スタック",
		"기술", "기술 스택", "보유 기술", "기술스택", "스킬", "핵심 역량", "역량")
	add(SecProjects,
		"projects", "personal projects", "personal work", "selected projects", "side projects", "pet projects", "pet-projects", "key projects", "github", "gitlab", "open source", "open-source projects",
		"professional projects", "academic projects", "research projects", "projets de recherche", "proyectos de investigación", "projetos de pesquisa",
		"progetti di ricerca", "forschungsprojekte", "notable projects", "project experience", "portfolio", "open source projects",
		// the singular a resume with one project writes ("ACADEMIC PROJECT:")
		"project", "key project", "academic project", "academic project details", "project details", "projects undertaken", "final year project", "mini project", "major project",
		"open source contributions", "contributions", "open source work", "open-source contributions",
		// software written and published, an academic's tools
		"software developed", "softwares developed", "tools developed",
		"featured projects", "highlighted projects", "proyectos destacados", "proyectos principales", "proyectos relevantes",
		"projetos em destaque", "projetos destacados", "projets phares", "projets marquants", "progetti principali", "ausgewählte projekte",
		"projets", "projets personnels", "projets académiques", "projekte", "projekterfahrung", "proyectos", "proyectos personales",
		"projetos", "projetos pessoais", "progetti", "projecten", "projekty", "projeler", "proyek", "dự án", "dự án tiêu biểu", "dự án nổi bật", "dự án cá nhân", "проекты", "проєкти", "проекти", "项目经验", "项目经历", "实验室项目", "工作项目经验", "工作项目", "科研项目", "项目", "主要项目", "代表性研究与项目",
		"プロジェクト", "프로젝트", "주요 프로젝트", "오픈 소스", "오픈소스", "개인 프로젝트", "사이드 프로젝트", "경력 기술서", "경력기술서", "경력 기술", "職務経歴書 (プロジェクト)",
		// what a Japanese engineer built on their own time
		"個人開発", "個人プロジェクト")
	add(SecEducation,
		"education", "schooling", "schools", "education & training", "education and training", "academic background", "educational background",
		"educational qualification", "educational qualifications", "academic qualifications", "studies",
		"formation", "formations", "études", "etudes", "parcours académique", "ausbildung", "bildungsweg", "studium", "schulbildung",
		"akademischer werdegang", "akademische laufbahn", "educación", "formación", "formación académica", "estudios", "educação", "formação", "formação acadêmica", "formações", "formações acadêmicas", "histórico acadêmico", "histórico académico", "historial académico",
		"wykształcenie", "edukacja", "eğitim", "eğitim bilgileri", "học vấn", "trình độ học vấn", "pendidikan", "riwayat pendidikan",
		"vzdělání", "utbildning", "utdanning", "utdannelse", "uddannelse", "koulutus",
		"istruzione", "formazione", "istruzione e formazione", "opleiding", "opleidingen", "образование", "освіта", "教育背景", "教育经历", "学历", "教育",
		"学歴", "最終学歴", "학력", "최종학력", "학력사항", "교육", "diplômes", "diplômes et formations", "formations et diplômes", "diplomas")
	add(SecCertifications,
		"certifications", "certificates", "certification", "licenses & certifications", "licenses and certifications", "licensure & certifications", "licensure and certifications", "licensure", "credentials", "certs",
		"licenses", "licences", "licences & certifications", "licences and certifications", "certifications & licenses", "certificats", "zertifikate", "zertifizierungen", "certificaciones", "certificados",
		"certificações", "certificazioni", "courses and certifications", "courses & certifications", "certifications and courses",
		"certifications & courses", "повышение квалификации", "повышение квалификации, курсы", "cursos e certificados", "cursos e certificações", "cursos y certificaciones", "cursos y certificados",
		"certificados e cursos", "formations et certifications", "kurse und zertifikate", "weiterbildungen und zertifikate", "certificaten", "certificeringen", "certificaten en cursussen", "cursussen en certificaten", "certificeringen en cursussen", "opleidingen en certificeringen", "сертификаты", "сертификации", "сертификация", "курсы и сертификаты", "сертификаты и курсы", "курси та сертифікати", "сертифікати та курси", "сертифікати", "сертифікації", "sertifikalar", "sertifikalarım", "sertifikalar ve kurslar", "sertifikat", "sertifikasi", "certyfikaty", "chứng chỉ", "chứng chỉ kỹ thuật", "chứng chỉ chuyên môn", "chứng chỉ nghề nghiệp", "kursy i certyfikaty", "certyfikaty i kursy", "szkolenia i certyfikaty", "certyfikaty i szkolenia", "证书", "资格证书", "資格", "免許・資格", "保有資格", "取得資格", "資格・免許",
		"자격증", "자격", "자격사항", "자격 사항", "자격증 사항",
		// hh.ru's section of the tests and exams passed: certifications
		"тесты, экзамены", "тесты и экзамены")
	add(kindContact,
		"contact", "contacts", "contact info", "contact information", "contact details", "personal information", "personal info",
		"personal details", "personal data", "coordonnées", "informations personnelles", "kontakt", "kontaktdaten", "persönliche daten",
		"persönliche informationen", "contacto", "datos personales", "informazioni personali", "dati personali", "información de contacto", "contatti", "contato", "контакты",
		"контактная информация", "контакти", "联系方式", "个人信息", "基本信息", "連絡先", "基本情報", "sns", "sns、ブログ", "sns・ブログ", "リンク", "연락처", "인적사항", "기본 정보",
		"name", "email", "e-mail", "phone", "links", "infos", "info", "information", "informations", "informationen", "información", "informazioni", "informação", "informações", "информация", "інформація", "details")
	add(kindOther,
		// the Europass CV's section of languages, computer skills and
		// licences: kept as written
		"personal skills and competences", "compétences personnelles", "aptitudes et compétences personnelles",
		"persönliche fähigkeiten und kompetenzen", "capacità e competenze personali", "competenze personali",
		"capacidades y competencias personales", "competencias personales", "competências pessoais", "persoonlijke vaardigheden en competenties",
		"activities", "hoạt động", "hoạt động ngoại khóa", "hoạt động ngoại khoá", "extracurricular activities", "volunteering", "volunteer", "volunteer experience", "volunteer work", "awards",
		"honors", "honours", "awards & honors", "achievements", "accomplishments", "publications", "talks", "languages", "interests",
		"hobbies", "references", "referees", "courses", "grants", "research grants", "funding", "selected publications", "publicaciones", "publicaciones seleccionadas",
		"publicações", "publicaciones científicas", "veröffentlichungen", "publikationen", "pubblicazioni", "docencia", "docencia impartida", "research funding", "grants and awards",
		"grants & awards", "awards and grants", "grants and fellowships", "grants obtained", "grants received", "research visits", "research stays", "research visits & collaborations", "research visits and collaborations", "grants & fellowships", "fellowships and grants", "memberships", "patents", "conferences", "additional information", "дополнительная информация", "misc",
		// hh.ru's heading over the post and pay sought, the kind of
		// employment and schedule: kept as written, no job
		"желаемая должность и зарплата", "желаемая должность",
		"miscellaneous", "varia", "others", "other", "leadership", "good moments in life", "more detail", "blog", "code examples",
		"langues", "loisirs", "centres d'intérêt", "autre", "autres", "bénévolat", "sprachen", "interessen", "hobbys", "ehrenamt",
		"idiomas", "intereses", "voluntariado", "lingue", "interessi", "talen", "языки", "иностранные языки", "знание языков", "хобби", "мови", "语言", "语言能力", "外语能力", "其他信息", "兴趣爱好", "获奖",
		"荣誉奖项", "荣誉", "个人荣誉", "所获荣誉", "获奖情况", "获奖经历", "榮譽", "個人榮譽", "獲獎經歷", "校内经历", "校园经历", "在校经历", "社团经历", "学生工作", "学生工作经历", "校内实践", "所属", "業務外活動", "社外活動", "受賞", "受賞歴", "研究", "論文", "発表", "研究業績", "大会成績", "言語", "수상", "어학", "외국어", "어학 능력", "기타활동", "기타 활동", "대외활동", "대외 활동", "논문", "주요 논문", "수상 경력", "수상경력", "수상 내역", "수상내역", "awards and honors", "english", "english level",
		"activities & interests", "volunteering/ extracurricular activities", "community", "speaking",
		"cover letter", "motivation letter", "motivationsschreiben", "anschreiben", "lettre de motivation", "carta de presentación",
		"carta de motivación", "extracurricular activity", "extracurricular", "extra-curricular activities", "extracurriculars",
		"leadership & activities", "leadership and activities", "activities and leadership", "activities & leadership",
		"community involvement", "involvement", "organisational involvement", "organizational involvement", "volunteer experiences", "volunteering experience", "service", "professional service",
		"service and leadership", "academic service", "outreach",
		// seats on boards held beside the jobs: service, as volunteering is
		"board memberships", "board membership", "board positions", "board service", "board of directors", "boards", "board roles",
		"conseils d'administration", "conseil d'administration", "consejos de administración", "conselhos de administração", "aufsichtsratsmandate", "formação complementar", "formações complementares", "qualificações complementares", "qualificação complementar", "cursos", "treinamentos", "cursos e treinamentos", "capacitações",
		"cursos complementares", "formación complementaria", "formación adicional", "formação adicional", "formation complémentaire", "additional training", "weiterbildung", "weiterbildungen", "fortbildungen", "formation continue",
		"formations complémentaires", "corsi", "formazione complementare", "continuing education", "professional development", "другое образование", "другое образование и обучение", "дополнительное образование", "курсы",
		"preise", "auszeichnungen", "preise und auszeichnungen", "ehrungen", "sprachkenntnisse", "außercurriculäre aktivitäten",
		"ausserschulische aktivitäten", "außeruniversitäres engagement", "engagement", "soziales engagement",
		"training", "trainings", "bootcamp", "bootcamps", "training courses", "pelatihan", "kursus", "kurslar",
		// an Indian resume's closing sections: traits and a signed declaration
		// (and a student's posts in clubs and fests, "Positions of
		// Responsibility": activities, no jobs)
		"positions of responsibility", "position of responsibility", "positions of responsibilities",
		"strengths", "key strengths", "personal strengths", "declaration")
	// the same sections in Greek, Arabic, Hebrew, Hungarian, Czech,
	// Romanian, Swedish, Finnish and Hindi
	add(SecSummary, "επαγγελματικό προφίλ", "προφίλ", "σύνοψη", "الملخص المهني", "الملخص", "نبذة", "الملف الشخصي", "نبذة عني", "תקציר מקצועי", "תקציר",
		"profesní shrnutí", "shrnutí", "rezumat", "profil profesional", "szakmai profil", "összefoglaló", "sammanfattning", "yhteenveto", "profiili", "सारांश")
	add(SecExperience, "επαγγελματική εμπειρία", "εμπειρία", "εργασιακή εμπειρία", "الخبرة العملية", "الخبرات العملية", "الخبرة المهنية",
		"ניסיון תעסוקתי", "ניסיון מקצועי", "szakmai tapasztalat", "munkatapasztalat", "experiență profesională", "experiență", "कार्य अनुभव", "अनुभव", "erfarenhet")
	add(SecEducation, "εκπαίδευση", "σπουδές", "التعليم", "المؤهلات العلمية", "השכלה", "tanulmányok", "végzettség", "educație", "educaţie", "studii",
		"शिक्षा", "istruzione e formazione")
	add(SecCertifications, "πιστοποιήσεις", "الشهادات المهنية", "الشهادات", "רישיונות והסמכות", "הסמכות", "תעודות", "képesítések", "certifikace",
		"certifikáty", "certificări", "certifikat", "sertifikaatit", "प्रमाणपत्र")
	// the German Europass CV's headings
	add(SecEducation, "schul- und berufsbildung", "schul- und ausbildung", "berufsbildung")
	add(kindContact, "persönliche angaben", "angaben zur person")
	add(SecSkills, "persönliche fähigkeiten und kompetenzen", "fähigkeiten und kompetenzen")
	// and the Dutch one's
	add(SecEducation, "onderwijs en opleiding", "onderwijs", "opleiding en onderwijs")
	add(kindContact, "persoonlijke informatie", "persoonlijke gegevens")
	add(SecSkills, "persoonlijke vaardigheden")
	add(kindOther, "aanvullende informatie")
	// the section names of a LinkedIn profile (and of its PDF export) in
	// the languages its interface is used in, and the Italian "personal
	// data" heading
	add(SecSkills, "top skills", "competenze principali", "top-kenntnisse", "principales compétences", "aptitudes principales",
		"belangrijkste vaardigheden", "основные навыки")
	add(SecSummary, "riepilogo", "informazioni")
	add(SecCertifications, "licenze e certificazioni", "licencias y certificaciones", "licences et certifications", "licenças e certificados")
	// the French word for a licence to do some work (electrical,
	// first aid, teaching), listed as certificates are
	add(SecCertifications, "habilitations", "habilitations et certifications")
	add(kindContact, "anagrafica", "dati anagrafici", "dados pessoais", "informações pessoais")
	// a Russian or Ukrainian resume written in a word processor
	add(kindContact, "личные данные", "персональные данные", "личная информация", "особисті дані", "персональні дані", "особиста інформація")
	add(SecSkills, "профессиональные навыки", "профессиональные умения", "професійні навички", "ключові навички")
	add(kindOther, "дополнительно", "дополнительные сведения", "додатково", "додаткова інформація")
	add(SecCertifications, "registraties", "registratie", "registrations", "professional registrations")
	// Polish: a trade's licences ("uprawnienia budowlane") kept with its certificates
	add(SecCertifications, "uprawnienia", "uprawnienia i certyfikaty", "certyfikaty i uprawnienia", "uprawnienia zawodowe", "uprawnienia i kwalifikacje",
		"uprawnienia i szkolenia", "kwalifikacje i uprawnienia")
	add(SecProjects, "projektit", "proiecte", "projekty", "projektek", "έργα", "المشاريع", "פרויקטים", "प्रोजेक्ट्स", "परियोजनाएँ")
	// Persian, its plurals written with a zero-width non-joiner ("مهارت‌ها"),
	// a space or nothing
	add(SecExperience, "سوابق شغلی", "سوابق کاری", "سابقه کاری", "سابقه شغلی", "تجربه کاری", "تجربیات کاری", "سوابق حرفه‌ای", "سوابق حرفه ای", "سوابق حرفهای", "تجربیات شغلی")
	add(SecSkills, "مهارت‌ها", "مهارت ها", "مهارتها", "مهارت‌های تخصصی", "مهارت های تخصصی", "مهارتهای تخصصی", "مهارت‌های فنی", "مهارت های فنی", "مهارتهای فنی", "دیگر مهارت‌ها", "دیگر مهارت ها", "دیگر مهارتها", "سایر مهارت‌ها", "سایر مهارت ها", "سایر مهارتها", "مهارت‌های نرم", "مهارت های نرم", "مهارتهای نرم")
	add(SecEducation, "تحصیلات", "سوابق تحصیلی", "سوابق آموزشی", "تحصیلات دانشگاهی")
	add(SecProjects, "پروژه‌ها", "پروژه ها", "پروژهها", "نمونه کارها")
	add(SecCertifications, "گواهینامه‌ها", "گواهینامه ها", "گواهینامهها", "مدارک و گواهینامه‌ها", "مدارک و گواهینامه ها", "مدارک و گواهینامهها", "دوره‌ها و گواهینامه‌ها", "دوره ها و گواهینامه ها", "دورهها و گواهینامهها")
	add(SecSummary, "درباره من", "خلاصه", "معرفی")
	add(kindOther, "نقاط قوت", "زبان‌ها", "زبان ها", "زبانها", "علاقه‌مندی‌ها", "علاقه مندی ها", "علاقهمندیها", "افتخارات", "مقالات")
	// traditional Chinese, as Taiwan and Hong Kong write it
	add(SecProjects, "項目背景", "项目背景", "項目經歷", "項目經驗", "專案經歷", "專案經驗", "專案", "專案作品")
	add(SecCertifications, "证照", "专业证照", "证照与证书")
	add(SecSummary, "個人簡介", "專業簡介", "专业简介", "簡介", "自我介紹", "關於我")
	add(kindOther, "jazyky", "ξένες γλώσσες", "γλώσσες", "اللغات", "nyelvtudás", "nyelvek", "limbi străine", "limbi", "שפות", "språk", "kielet",
		"kielitaito", "भाषाएँ", "התנדבות", "εθελοντισμός", "övrigt", "muuta")
	// Lithuanian, Latvian and Estonian ("Istorija" is a Lithuanian
	// engineer's career history, as "history" is an English one's)
	add(SecSummary, "apie mane", "santrauka", "profilis", "tikslas", "par mani", "kopsavilkums", "profils", "minust", "kokkuvõte", "profiil")
	add(SecExperience, "darbo patirtis", "patirtis", "profesinė patirtis", "darbo istorija", "istorija", "history", "darbo vietos",
		"darba pieredze", "pieredze", "profesionālā pieredze", "töökogemus", "töökogemused", "kogemus", "erialane kogemus")
	add(SecEducation, "išsilavinimas", "mokslas", "studijos", "izglītība", "haridus")
	add(SecSkills, "įgūdžiai", "gebėjimai", "kompetencijos", "techniniai įgūdžiai", "prasmes", "iemaņas", "oskused", "tehnilised oskused")
	add(SecProjects, "projektai", "projekti", "projektid")
	add(SecCertifications, "sertifikatai", "sertifikāti", "sertifikaadid")
	add(kindContact, "kontaktai", "kontaktinė informacija", "asmeninė informacija", "kontakti", "kontaktinformācija", "kontaktandmed", "isikuandmed")
	// a Polish resume's headings beside the bare ones
	add(SecSkills, "umiejętności techniczne", "umiejętności twarde", "umiejętności miękkie", "umiejętności zawodowe", "kompetencje", "technologie")
	add(kindOther, "języki obce", "języki", "znajomość języków", "znajomość języków obcych", "zainteresowania", "hobby", "kursy", "szkolenia", "kursy i szkolenia", "dodatkowe informacje")
	add(SecSummary, "o mnie", "podsumowanie", "profil zawodowy", "cel zawodowy")
	add(SecCertifications, "certyfikaty")
	add(kindOther, "kalbos", "kalbų žinios", "kursai", "pomėgiai", "valodas", "valodu zināšanas", "keeled", "keeleoskus", "hobid")
	// Swedish, Norwegian and Danish
	add(SecCertifications, "certifieringar", "certifiering", "sertifiseringer", "sertifisering", "sertifikater", "certificeringer",
		"certificering", "certifikater")
	// the Romanian Europass CV's headings
	add(SecExperience, "experiența profesională", "experiență de muncă", "experiența de muncă")
	add(SecEducation, "educație și formare", "educația și formarea", "studii și formare")
	add(SecSkills, "aptitudini și competențe personale", "competențe personale")
	add(kindContact, "informații personale", "date personale")
	add(kindOther, "informații suplimentare", "anexe")
	moreSectionNames(add)
	eventSectionNames(add)
	withCedillas(m)
	return m
})

var (
	htmlTagRe   = lazy.Regexp(`<[^>]*>`)
	numberingRe = lazy.Regexp(`^(\d{1,2}(\.\d{1,2})*[.)]|\d{1,2}(\.\d{1,2})+|[ivxIVX]+[.)]|[a-zA-Z][.)])\s+`)
	parenTailRe = lazy.Regexp(`\s*[(（][^)）]*[)）]\s*$`)
)

// normTitle reduces a heading to what the table holds: no emoji, HTML,
// markup, numbering, trailing colon or capitals.
func normTitle(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		s = htmlTagRe().ReplaceAllString(s, " ")
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '*' || r == '_' || r == '#' || r == '`' || r == '~':
			return -1
		case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || unicode.Is(unicode.Cs, r) || r == '\ufe0f' || r == '\u200d' || unicode.Is(unicode.Co, r):
			return -1
		}
		return r
	}, s)
	// (Turkish "İş" lowers to "i̇ş", a dot to drop)
	s = strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "\u0307", "")
	if s != "" && (isDigit(s[0]) || len(s) > 1 && (s[1] == '.' || s[1] == ')' || s[0] == 'i' || s[0] == 'v' || s[0] == 'x')) {
		s = numberingRe().ReplaceAllString(s, "")
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(":：.,;|/-–—", r) })
	s = strings.TrimLeft(s, ":-–—|· ")
	// "【工作经历】", "[ Experience ]", "「職歴」": a name set in brackets
	for _, pr := range [][2]string{{"【", "】"}, {"[", "]"}, {"〔", "〕"}, {"「", "」"}, {"『", "』"}, {"《", "》"}} {
		if strings.HasPrefix(s, pr[0]) && strings.HasSuffix(s, pr[1]) && len(s) > len(pr[0])+len(pr[1]) {
			if inner := s[len(pr[0]) : len(s)-len(pr[1])]; !strings.ContainsAny(inner, "[]【】") {
				s = strings.Trim(inner, " :：")
			}
			break
		}
	}
	// "My Experience", "Mon parcours", "Meine Erfahrung": the possessive says nothing
	for _, p := range []string{"my ", "mon ", "ma ", "mes ", "meine ", "mein ", "mi ", "mis "} {
		if strings.HasPrefix(s, p) {
			if _, ok := sectionNames()[s[len(p):]]; ok {
				s = s[len(p):]
			}
			break
		}
	}
	return strings.TrimSpace(s)
}

// sectionKind says what a heading's section holds: a Sec* key, contact,
// other, or "" when the title is unknown (or not a title at all).
func sectionKind(title string) (string, bool) {
	n := normTitle(trimDurationTail(title))
	// ("Positions (exported from LinkedIn data archive, Positions.csv)":
	// a long aside in brackets does not make a name a sentence; letters,
	// not bytes: Cyrillic takes two a letter)
	if n == "" || utf8.RuneCountInString(parenTailRe().ReplaceAllString(n, "")) > 60 {
		return "", false
	}
	if k, ok := sectionNames()[n]; ok {
		return k, true
	}
	if k, ok := jaClauseTitleKind(n); ok {
		return k, true
	}
	// "重点项目经历", "主要项目经验": experience of projects is projects
	if strings.HasSuffix(n, "项目经历") || strings.HasSuffix(n, "项目经验") || strings.HasSuffix(n, "项目") && utf8.RuneCountInString(n) <= 6 {
		return SecProjects, true
	}
	// "技能证书", "职业资格证书": certificates of some kind
	if (strings.HasSuffix(n, "证书") || strings.HasSuffix(n, "證書")) && utf8.RuneCountInString(n) <= 6 {
		return SecCertifications, true
	}
	// "Experience as a Backend Engineer", "경력 (시간순)", "Berufserfahrung / Praktika"
	if strings.HasPrefix(n, "experience as ") || strings.HasPrefix(n, "experience in ") {
		return SecExperience, true
	}
	// (but "Contract work (Jan 2019 - Feb 2020)": a name dated in its
	// brackets is a role held for that span, no section)
	if t := parenTailRe().ReplaceAllString(n, ""); t != n && !spanInBrackets(n[len(t):]) {
		if k, ok := sectionNames()[strings.TrimSpace(t)]; ok {
			return k, true
		}
		// "Habilidades Técnicas (Hard Skills)": the name in brackets
		inner := strings.Trim(strings.TrimSpace(n[len(t):]), "()（） ")
		if k, ok := sectionNames()[inner]; ok {
			return k, true
		}
	}
	// "Experiences professionnelles": a name written without its accents
	if k, ok := foldedNames()[foldAccents(n)]; ok {
		return k, true
	}
	// "Éducation": a name written with accents the table's spelling
	// lacks (French spells the English word so)
	if k, ok := sectionNames()[foldAccents(n)]; ok {
		return k, true
	}
	// "Expereince", "Educaton": a long name one slip away from a known one
	if k, ok := misspelledName(n); ok {
		return k, true
	}
	// "Szkolenia, kursy, certyfikaty": courses and certificates listed
	// with commas are a certificates section
	if strings.Contains(n, ", ") {
		certs, all := false, true
		for _, p := range strings.Split(n, ", ") {
			p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
			switch {
			case sectionNames()[p] == SecCertifications:
				certs = true
			case !trainingNames[p]:
				all = false
			}
		}
		if certs && all {
			return SecCertifications, true
		}
	}
	if k, ok := suspendedCompoundKind(n); ok {
		return k, true
	}
	// "資格など", "职位等": a Japanese or Chinese "and so on" after the name
	for _, suf := range []string{"など", "等"} {
		if t, ok := strings.CutSuffix(n, suf); ok && t != "" {
			return sectionKind(t)
		}
	}
	for _, sep := range []string{" / ", " & ", " and ", " und ", " et ", " y ", " dan ", " ve ", " и ", " a ", " i ", " och ", " og ", " ja ", " en ", "과 ", "와 ", " — ", " – ", " - ", " | ", "/", "、", "・", "，", ","} {
		// (a bare comma parts the names of a title written without spaces,
		// "研究,論文,発表", not "Accenture LP, New York")
		if sep == "," && strings.Contains(n, " ") {
			continue
		}
		// (not "References and samples available on request.", a
		// sentence)
		if a, rest, ok := strings.Cut(n, sep); ok && (wordCount(rest) <= 3 || !strings.HasSuffix(strings.TrimSpace(title), ".")) {
			a = strings.TrimSpace(a)
			// "Некоторые проекты и …", "Some projects and …": a few of them
			if q, r, ok := strings.Cut(a, " "); ok && someWords[q] {
				a = r
			}
			if k, ok := sectionNames()[a]; ok && k != kindContact {
				// "Weiterbildung & Zertifikate": courses beside certificates
				// are a certificates section, as "courses and certifications" is
				if k == kindOther && trainingNames[strings.TrimSpace(a)] && sectionNames()[strings.TrimSpace(rest)] == SecCertifications {
					return SecCertifications, true
				}
				return k, true
			}
			// "제품과 프로젝트" (products and projects): after Korean's "and"
			// ending, where the first name is none the table knows, the
			// second says
			// (so does the second of two names parted by a slash,
			// "Mimopracovní zkušenosti/Projekty": either reads the section)
			// (not "贺明川 · 作品集 / Portfolio", a name beside it)
			slash := (sep == "/" || sep == " / ") && wordCount(a) <= 3 && !strings.ContainsAny(a, "·|•–—:")
			if _, ok := sectionNames()[a]; !ok && (sep == "과 " || sep == "와 " || slash) {
				if k, ok := sectionNames()[strings.TrimSpace(rest)]; ok && k != kindContact && k != kindOther {
					return k, true
				}
			}
		}
	}
	if activitiesTitle(n) {
		return kindOther, true
	}
	// "Formal Education", "Higher Education": a word before the head noun
	// says which education
	if ws := strings.Fields(n); len(ws) == 2 && ws[1] == "education" && educationKinds[ws[0]] {
		return SecEducation, true
	}
	if fieldExperienceTitle(n) {
		return SecExperience, true
	}
	if certsTitle(n) || credentialPairTitle(n) {
		return SecCertifications, true
	}
	// "Other training", "Weitere Projekte": more of a known section
	if k, ok := otherTitleKind(n); ok {
		return k, true
	}
	// "工作經歷", "學歷": traditional characters for a name the table
	// holds in simplified ones
	if k, ok := hantTitleKind(n); ok {
		return k, true
	}
	return "", false
}

// educationKinds say which education a title names ("Formal Education").
var educationKinds = map[string]bool{"formal": true, "higher": true, "academic": true, "university": true, "tertiary": true,
	"secondary": true, "school": true, "college": true}

// Certifications named with what they are in: the head noun last in
// English, German and Dutch ("Cloud Certifications", "AWS Certificates",
// "IT-Sicherheit Zertifikate"), first in French, Spanish, Portuguese and
// Italian ("Certifications professionnelles", "Certificaciones técnicas").
var (
	certHeadLast = map[string]bool{"certifications": true, "certificates": true, "certification": true, "zertifikate": true, "zertifizierungen": true, "certificaten": true, "certificeringen": true,
		"certifieringar": true, "sertifiseringer": true, "certificeringer": true}
	certHeadFirst = map[string]bool{"certifications": true, "certificats": true, "certificaciones": true, "certificados": true, "certificações": true, "certificazioni": true, "certificati": true}
)

// certsTitle: a title of two to four words that names certifications of
// some kind.
func certsTitle(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 || len(ws) > 4 || strings.ContainsAny(n, ":.,;|/&()") {
		return false
	}
	return certHeadFirst[ws[0]] || certHeadLast[ws[len(ws)-1]]
}

// Activities and volunteering, as languages name them: the head noun first
// in French, Spanish, Portuguese, Italian and Romanian ("Activités
// associatives", "Actividades extracurriculares"), last in English, German
// and Dutch ("Student Activities", "Ehrenamtliche Aktivitäten"); or a word
// that says the work was unpaid ("Expérience associative", "Engagement
// bénévole", "Voluntariado social").
var (
	activityHeadFirst = map[string]bool{"activités": true, "activites": true, "activité": true, "actividades": true, "atividades": true,
		"attività": true, "activități": true, "activitati": true, "activităţi": true}
	activityHeadLast = map[string]bool{"activities": true, "aktivitäten": true, "activiteiten": true}
	// qualifiers that make the activities a job's ("Activités professionnelles")
	activityWork = map[string]bool{"professionnelles": true, "professionnelle": true, "professionnels": true, "professional": true,
		"profesionales": true, "profesional": true, "profissionais": true, "professionali": true, "berufliche": true, "beruflichen": true,
		"professionele": true, "profesionale": true, "salariées": true}
	activityUnpaid = map[string]bool{"associative": true, "associatives": true, "associatif": true, "associatifs": true,
		"bénévole": true, "bénévoles": true, "voluntariado": true, "volontariat": true, "voluntariato": true, "volontariato": true, "ehrenamtliche": true,
		"ehrenamtliches": true, "vrijwilligerswerk": true, "extrascolaires": true, "extra-professionnelles": true, "extraprofessionnelles": true,
		"extracurriculares": true, "extracurricolari": true, "extracurriculars": true}
)

// activitiesTitle: a title of a few words that names activities or unpaid
// work, not a job's.
func activitiesTitle(n string) bool {
	ws := strings.Fields(strings.NewReplacer(",", " ", "&", " ", "/", " ").Replace(n))
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if activityWork[w] {
			return false
		}
	}
	for _, w := range ws {
		if activityUnpaid[w] {
			return true
		}
	}
	return activityHeadFirst[ws[0]] || activityHeadLast[ws[len(ws)-1]]
}

// someWords say "a few of" before a section's name.
var someWords = map[string]bool{"some": true, "several": true, "quelques": true, "einige": true, "algunos": true, "algunas": true,
	"alguns": true, "algumas": true, "alcuni": true, "некоторые": true, "несколько": true, "деякі": true}

// trainingNames name courses taken: beside certificates in one title they
// make a certificates section.
var trainingNames = map[string]bool{"weiterbildung": true, "weiterbildungen": true, "fortbildungen": true, "fortbildung": true,
	"kurse": true, "courses": true, "training": true, "trainings": true, "cursos": true, "formation continue": true, "formations": true,
	"formación complementaria": true, "formação complementar": true, "corsi": true, "szkolenia": true, "kursy": true, "continuing education": true, "professional development": true,
	// Indonesian, Malay and Turkish ("Pelatihan & Sertifikasi", "Kurslar ve Sertifikalar")
	"pelatihan": true, "kursus": true, "kurslar": true, "training courses": true, "bootcamps": true}

// foldedNames are the section names with their accents taken off ("é"
// read as "e"); a name two kinds share that way is left out.
var foldedNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	clash := map[string]bool{}
	for n, k := range sectionNames() {
		f := foldAccents(n)
		if f == n {
			continue
		}
		if old, ok := m[f]; ok && old != k {
			clash[f] = true
		}
		m[f] = k
	}
	for f := range clash {
		delete(m, f)
	}
	return m
})

// accentBase maps Latin letters with a diacritic to the letter under it.
var accentBase = map[rune]rune{'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
	// the Baltic letters a keyboard without them drops ("Igudziai")
	'ą': 'a', 'ā': 'a', 'č': 'c', 'ę': 'e', 'ė': 'e', 'ē': 'e', 'į': 'i', 'ī': 'i', 'š': 's', 'ų': 'u', 'ū': 'u', 'ž': 'z', 'ķ': 'k', 'ļ': 'l', 'ņ': 'n', 'ģ': 'g'}

// foldAccents writes s without the diacritics of Latin letters.
func foldAccents(s string) string {
	return strings.Map(func(r rune) rune {
		if b, ok := accentBase[r]; ok {
			return b
		}
		return r
	}, s)
}

// docTitleRe: a heading that names the document, not a person or a section.
var docTitleRe = lazy.Regexp(`(?i)^(my\s+)?(résumé|resume|curriculum vitae|cv|lebenslauf|bewerbungsunterlagen|bewerbung|currículum|curriculum|简历|個人簡歷|履歴書|職務経歴書|이력서|резюме|future resume|this is my cv.*)(\s*[/&|,-]\s*(résumé|resume|curriculum vitae|cv))?$`)

var smallWords = map[string]bool{"and": true, "of": true, "the": true, "in": true, "for": true, "a": true, "an": true, "to": true, "&": true}

// titleCase turns a title written in capitals into "Volunteer Work".
func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(strings.TrimSuffix(s, ":")))
	for i, w := range ws {
		if i > 0 && smallWords[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// misspelledName finds a known one-word section name that n differs from
// by one letter added, dropped, changed or two swapped (names of seven
// letters or more, so that short words are never taken for names).
func misspelledName(n string) (string, bool) {
	if len(n) < 7 || strings.ContainsAny(n, " ") {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(n)
	for _, name := range spellChecked {
		// a slip in the first letter is rare, and lengths differ by one at most
		if d := len(name) - len(n); d > 2 || d < -2 || !strings.HasPrefix(name, string(first)) {
			continue
		}
		if k, known := sectionNames()[name]; known && osaWithin1(n, name) {
			return k, true
		}
	}
	return "", false
}

// spellChecked are the one-word names a slip is forgiven in.
var spellChecked = []string{"experience", "experiences", "education", "employment", "certifications", "certificates",
	"projects", "summary", "internships", "achievements", "publications", "languages",
	"berufserfahrung", "expérience", "experiencia", "formation"}

// osaWithin1: a and b differ by at most one edit, a swap of neighbours
// counting as one.
func osaWithin1(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return false
	}
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	switch {
	case len(ra) == len(rb):
		// one change, or a swap
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true
		}
		return string(ra[i+1:]) == string(rb[i+1:])
	case len(ra) > len(rb):
		return string(ra[i+1:]) == string(rb[i:])
	default:
		return string(ra[i:]) == string(rb[i+1:])
	}
}

// spanInBrackets: a bracketed tail that dates a span ("(Jan 2019 - Feb
// 2020)"), from a start to an end.
func spanInBrackets(tail string) bool {
	dr, ok := FindDateRange(tail)
	return ok && dr.End != ""
}
