package guard

import (
	"strings"
	"sync"
)

// A rewrite into English names places, languages, a few services and a few
// everyday abbreviations as English does: "Munich" for "München", "Seoul"
// for "서울", "WeChat" for "微信", "English" for "języka angielskiego",
// "ICU" for "réanimation".
// exonymData lists each English name and the names the source may use.
const exonymData = `munich: münchen, muenchen
london: londra, londres, londyn, londen, лондон, лондоні, ロンドン, 伦敦, 倫敦, 런던
paris: parigi, parís, paryż, париж, парижі, パリ, 巴黎, 파리
lyon: lione, lyón, lyon, ліон, лион
marseille: marsiglia, marsella, marselha, marsylia, марсель
bordeaux: burdeos, bordéus, бордо
strasbourg: strasburgo, straßburg, strassburg, estrasburgo, strasburg, страсбург
toulouse: tolosa, тулуза
nice: nizza, niza, ницца
lille: lilla, лилль
frankfurt: francfort, francoforte, fráncfort, frankfurt am main, франкфурт
hamburg: amburgo, hambourg, hamburgo, гамбург
berlin: berlino, berlín, berlim, berlijn, берлин, берлін
stuttgart: stoccarda
dusseldorf: düsseldorf, duesseldorf
edinburgh: edimburgo, édimbourg, edynburg, эдинбург
dublin: dublino, dublín, дублин
lausanne: losanna, lausana, лозанна
basel: bâle, basilea, базель
luxembourg: lussemburgo, luxemburgo, luxemburg, люксембург
barcelona: barcellona, barcelone, барселона
valencia: valence, valenza, валенсия
new york: nueva york, nova iorque, nowy jork, нью-йорк, ニューヨーク, 纽约, 紐約, 뉴욕
amsterdam: amsterdão, амстердам
rotterdam: роттердам
stockholm: estocolmo, stoccolma, sztokholm, стокгольм
helsinki: helsingfors, хельсинки
oslo: осло
madrid: мадрид
budapest: budapeszt, будапешт
krakow: cracovia, cracovie, краков
munich: monaco di baviera, múnich, munique, monachium, мюнхен
cologne: colonia, kolonia, кёльн
vienna: wiedeń, вена, відень
prague: praga, prag, прага
warsaw: varsavia, varsovia, варшава
rome: roma, rzym, рим
milan: mediolan, милан
venice: venecia, veneza, wenecja, венеция
florence: florencia, florença, florencja, флоренция
naples: nápoles, neapol, неаполь
lisbon: lisbona, lizbona, лиссабон
athens: atene, atenas, ateny, афины
brussels: bruxelas, bruksela, брюссель
geneva: genebra, genewa, женева
zurich: zurigo, zúrich, zurique, цюрих
copenhagen: copenhague, copenaghen, kopenhaga, копенгаген
cologne: köln, koeln
nuremberg: nürnberg, nuernberg
hanover: hannover
vienna: wien, vienne, viena
zurich: zürich, zuerich
geneva: genève, genf, ginevra, ginebra
brussels: bruxelles, brussel, bruselas
antwerp: antwerpen, anvers
the hague: den haag, la haye
copenhagen: københavn, kopenhagen
gothenburg: göteborg
prague: praha, prag
warsaw: warszawa, warschau, varsovie
krakow: kraków, krakau
wroclaw: wrocław, breslau
gdansk: gdańsk, danzig
lodz: łódź
poznan: poznań
moscow: москва, moskva, moskau, moscou
saint petersburg: санкт-петербург, петербург, sankt petersburg
kyiv: київ, киев, kiev, kiew
lviv: львів, львов, lwów
kharkiv: харків, харьков
odesa: одеса, одесса, odessa
minsk: мінск, минск
rome: roma
milan: milano, mailand
naples: napoli, neapel
turin: torino, turin
florence: firenze, florenz
venice: venezia, venedig
genoa: genova
lisbon: lisboa, lissabon, lisbonne
seville: sevilla, séville
athens: αθήνα, athen
bucharest: bucurești, bukarest
belgrade: beograd, београд
sofia: софия
istanbul: i̇stanbul
bavaria: bayern
saxony: sachsen
lower saxony: niedersachsen
hesse: hessen
catalonia: catalunya, cataluña, katalonien
andalusia: andalucía
lombardy: lombardia, lombardei
tuscany: toscana
sicily: sicilia
sardinia: sardegna
beijing: 北京
shanghai: 上海
shenzhen: 深圳
guangzhou: 广州, 廣州
hangzhou: 杭州
chengdu: 成都
wuhan: 武汉, 武漢
nanjing: 南京
tokyo: 東京, 东京
osaka: 大阪
kyoto: 京都
yokohama: 横浜
nagoya: 名古屋
fukuoka: 福岡
seoul: 서울
busan: 부산
incheon: 인천
taipei: 台北, 臺北
hong kong: 香港
mexico city: ciudad de méxico, cdmx
sao paulo: são paulo
montreal: montréal
quebec: québec
germany: deutschland, allemagne, alemania, germania, niemcy
austria: österreich, autriche
switzerland: schweiz, suisse, svizzera, suiza
spain: españa, espagne, spanien, spagna
italy: italia, italien, italie
poland: polska, polen, pologne
netherlands: nederland, niederlande, pays-bas, países bajos, paesi bassi
belgium: belgië, belgique, belgien
sweden: sverige, schweden, suède
norway: norge, norwegen, norvège
denmark: danmark, dänemark
finland: suomi, finnland, finlande
czech republic: česko, česká republika, tschechien
czechia: česko, česká republika, tschechien
hungary: magyarország, ungarn, hongrie
greece: ελλάδα, griechenland, grèce, grecia
turkey: türkiye, türkei, turquie, turquía
russia: россия, russland, russie, rusia
ukraine: україна, украина
japan: 日本, japon, japón, giappone
china: 中国, 中國, chine
korea: 한국, 대한민국, corée, corea
south korea: 한국, 대한민국
brazil: brasil, brésil, brasilien
mexico: méxico, mexique, mexiko
wechat: 微信
alipay: 支付宝
taobao: 淘宝
weibo: 微博
douyin: 抖音
kakao: 카카오, カカオ
naver: 네이버
english: angielsk, anglais, inglés, ingles, inglês, inglese, englisch, engels, английск, англійськ, ingilizce, 英语, 英語, 英文, 영어, tiếng anh, inggris, angličtin, anglick, engelsk, englanti, αγγλικ, אנגלית, अंग्रेज
german: allemand, alemán, alemão, tedesco, deutsch, duits, niemieck, немецк, німецьк, almanca, 德语, 德語, ドイツ語, 독일어, tiếng đức, jerman, němčin, německ, tysk, saksa
french: français, francés, francês, francese, französisch, francusk, французск, французьк, fransızca, 法语, 法語, フランス語, 프랑스어, tiếng pháp, prancis, francouzšt, fransk, ranska
spanish: espagnol, español, espanhol, spagnolo, spanisch, spaans, hiszpańsk, испанск, іспанськ, ispanyolca, 西班牙语, スペイン語, 스페인어, tây ban nha, spanyol, španělšt, spansk, espanja
korean: 한국어, 韓国語, 韩语, 韓語, 韩国语, coreano, coréen, koreanisch, koreaans, koreańsk, корейск, tiếng hàn, korece
japanese: 日本語, 日语, 日文, 일본어, japonés, japonais, japanisch, japans, japońsk, японск, giapponese, japonês, tiếng nhật, japonca
chinese: 中文, 汉语, 漢語, 华语, 中国語, 중국어, chino, chinois, chinesisch, chinees, chińsk, китайск, cinese, chinês, tiếng trung, çince
mandarin: 普通话, 普通話, 中国語, 중국어, mandarín, mandarim, mandarino
portuguese: portugais, portugués, portugiesisch, portoghese, portugees, portugalsk, португальск, 葡萄牙语, ポルトガル語, 포르투갈어, portekizce
italian: italien, italiano, italienisch, italiaans, włosk, итальянск, італійськ, 意大利语, イタリア語, 이탈리아어, italyanca
russian: russe, ruso, russo, russisch, rosyjsk, русск, російськ, 俄语, ロシア語, 러시아어, rusça, tiếng nga
arabic: arabe, árabe, arabisch, arabo, arabsk, арабск, 阿拉伯语, アラビア語, 아랍어, العربية, arapça
dutch: néerlandais, neerlandés, holandés, niederländisch, olandese, nederlands, holendersk, нидерландск, 荷兰语, オランダ語
polish: polonais, polaco, polnisch, polacco, pools, polski, польск, 波兰语
turkish: turc, turco, türkisch, turks, tureck, турецк, türkçe, 土耳其语
vietnamese: tiếng việt, vietnamien, vietnamita, vietnamesisch, 越南语
ukrainian: українськ, украинск, ukrainien, ucraniano, ukrainisch, ukraińsk
romanian: roumain, rumano, rumänisch, rumeno, roemeens, rumuńsk, румынск, română, romanian
hebrew: hébreu, hebreo, hebräisch, ebraico, hebreeuws, hebrajsk, иврит, עברית
swedish: suédois, sueco, schwedisch, svedese, zweeds, szwedzk, шведск, svensk
danish: danois, danés, dänisch, danese, deens, duńsk, датск, dansk
norwegian: norvégien, noruego, norwegisch, norvegese, noors, norwesk, норвежск, norsk
finnish: finnois, finlandés, finnisch, finlandese, fińsk, финск, suomen kiel
greek: grec, griego, griechisch, greco, grieks, greck, греческ, ελληνικ
hungarian: hongrois, húngaro, ungarisch, ungherese, hongaars, węgiersk, венгерск, magyar
czech: tchèque, checo, tschechisch, ceco, tsjechisch, czesk, чешск, češtin
hindi: हिन्दी, हिंदी
thai: thaï, tailandés, thailändisch, tailandese, ภาษาไทย
penang: pulau pinang
nordic: norden, nordisk, nordiska, nordiske, nordiques, nórdic, pohjoismai
madrid: madrileñ
tehran: تهران
dhaka: ঢাকা
bangkok: กรุงเทพ
athens: αθήνα, αθηνα
bucharest: bucurești, bucuresti
lisbon: lisboa
seville: sevilla
florence: firenze
venice: venezia
genoa: genova
bruges: brugge
ghent: gent
thessaloniki: θεσσαλονίκη
amman: عمّان, عمان
haccp: appcc
microservice: mikroserwis, microservicio, microsserviço, microservizi, mikroservice, микросервис, мікросервіс, 微服务, マイクロサービス, 마이크로서비스, mikroslužb, 微服務, mikroservis
icu: réanimation, na uti, da uti, em uti, uti adult, uti neonatal, uti pediátrica, soins intensifs, intensivstation, intensivmedizin, cuidados intensivos, terapia intensiva, terapia intensywn, oddział intensywn, реанимац, реанімац, yoğun bakım, 重症, 集中治療, 중환자, intensive care
er: urgences, urgencias, pronto-socorro, pronto socorro, pronto soccorso, notaufnahme, spoedeisende, izba przyjęć, приёмн, приемн, acil servis, 急诊, 急診, 救急, 응급, emergency room, emergency department
ev: e-auto, elektroauto, elektrofahrzeug, voiture électrique, véhicule électrique, vehículo eléctrico, coche eléctrico, veículo elétrico, carro elétrico, auto elettric, elektrische auto, samochod elektryczn, samochód elektryczn, электромоб, електромоб, elektrikli araç, 电动车, 电动汽车, 電気自動車, 전기차, electric vehicle, voitures électriques, véhicules électriques, vehículos eléctricos, coches eléctricos, veículos elétricos, carros elétricos, auto elettrich, samochodów elektryczn
`

var (
	exonymOnce sync.Once
	exonyms    map[string][]string
)

// exonymOfSource: term is the English name of a place the source names in
// its own language, in any case ending.
func exonymOfSource(src []sourceText, term string) bool {
	exonymOnce.Do(func() {
		exonyms = map[string][]string{}
		for _, line := range strings.Split(exonymData, "\n") {
			if en, names, ok := strings.Cut(line, ":"); ok {
				for _, n := range strings.Split(names, ",") {
					exonyms[en] = append(exonyms[en], strings.TrimSpace(n))
				}
			}
		}
	})
	names := exonyms[strings.ToLower(term)]
	if len(names) == 0 {
		names = exonyms[strings.TrimSuffix(strings.ToLower(term), "s")] // "EVs" as "EV"
	}
	if len(names) == 0 {
		return false
	}
	for i := range src {
		l := strings.ToLower(src[i].Text)
		for _, n := range names {
			if strings.Contains(l, n) {
				return true
			}
			// declined: "w Warszawie", "в Москве"
			if r := []rune(n); len(r) >= 5 && strings.Contains(l, string(r[:len(r)-1])) {
				return true
			}
		}
	}
	return false
}
