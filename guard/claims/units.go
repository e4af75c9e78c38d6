package claims

import (
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/internal/wordset"
)

// Unit words and their classes. Everything here is lowercase.

const (
	second = 1.0
	minute = 60 * second
	hour   = 60 * minute
	day    = 24 * hour
	week   = 7 * day
	year   = 365.25 * day
	month  = year / 12
)

var durationUnits = map[string]float64{
	"ns": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9,
	"µs": 1e-6, "us": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
	"ms": 1e-3, "msec": 1e-3, "msecs": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3,
	"s": second, "sec": second, "secs": second, "second": second, "seconds": second,
	"min": minute, "mins": minute, "minute": minute, "minutes": minute,
	"h": hour, "hr": hour, "hrs": hour, "hour": hour, "hours": hour,
	"d": day, "day": day, "days": day,
	"wk": week, "wks": week, "week": week, "weeks": week,
	"mo": month, "mos": month, "month": month, "months": month, "mth": month, "mths": month, "mnths": month,
	"y": year, "yr": year, "yrs": year, "year": year, "years": year,
	"quarter": 3 * month, "quarters": 3 * month, "qtr": 3 * month, "qtrs": 3 * month, "fortnight": 2 * week, "fortnights": 2 * week,
	"decade": 10 * year, "decades": 10 * year,
	// the same in the languages sources are written in ("4 años", "5 ans",
	// "10 Jahren"); words that are also English or other units are left out
	"años": year, "año": year, "anos": year, "ans": year, "années": year, "année": year, "jahre": year, "jahren": year, "jahr": year,
	"anni": year, "anno": year, "jaar": year, "jaren": year, "lat": year, "lata": year, "roku": year, "лет": year, "года": year, "год": year,
	"meses": month, "mes": month, "mois": month, "monate": month, "monaten": month, "monat": month, "mesi": month, "mese": month,
	"maanden": month, "maand": month, "miesięcy": month, "месяцев": month, "месяца": month,
	"semanas": week, "semana": week, "semaines": week, "semaine": week, "wochen": week, "woche": week, "settimane": week, "weken": week,
	"días": day, "día": day, "dias": day, "jours": day, "jour": day, "tage": day, "tagen": day, "giorni": day, "dagen": day,
	"horas": hour, "heures": hour, "stunden": hour, "uur": hour,
	"kwartały": 3 * month, "kwartał": 3 * month, "kwartałów": 3 * month, "quartale": 3 * month, "quartalen": 3 * month,
	"trimestres": 3 * month, "trimestri": 3 * month, "kwartalen": 3 * month, "kvartal": 3 * month,
	"minuten": minute, "minutos": minute, "minuti": minute, "minuter": minute, "minut": minute, "sekunden": second, "segundos": second,
	"secondi": second, "sekund": second,
	"år": year, "veckor": week, "vecka": week, "månader": month, "månad": month, "dagar": day, "timmar": hour, "timme": hour,
	"tygodni": week, "tygodnie": week, "miesiące": month, "dni": day, "godzin": hour, "godziny": hour,
	"dnia": day, "dzień": day, "dniach": day, "tygodnia": week, "tydzień": week, "miesiąca": month, "miesiąc": month, "miesiącach": month, "latach": year, "godzinę": hour, "godzinach": hour,
	"yıl": year, "hafta": week, "gün": day, "saat": hour, "ay": month, "yılda": year, "ayda": month,
	// "5-letnim doświadczeniem", "5-jährige Erfahrung", "5-jarige ervaring"
	"letni": year, "letnim": year, "letnie": year, "letniego": year, "letnią": year, "jährig": year, "jährige": year, "jährigen": year,
	"jähriger": year, "jarige": year,
	"أشهر": month, "شهر": month, "شهور": month, "سنوات": year, "سنة": year, "أيام": day, "يوم": day, "أسابيع": week, "ساعة": hour, "ساعات": hour,
	// Finnish, Greek, Hebrew, Norwegian and Danish, Hungarian, Indonesian,
	// Ukrainian, Russian and Czech
	"vuotta": year, "vuoden": year, "vuosi": year, "kuukautta": month, "kuukauden": month, "viikkoa": week, "päivää": day, "tuntia": hour,
	"χρόνια": year, "χρόνο": year, "έτη": year, "μήνες": month, "μήνα": month, "εβδομάδες": week, "ημέρες": day, "μέρες": day, "ώρες": hour,
	"שנים": year, "שנה": year, "חודשים": month, "שבועות": week, "ימים": day, "שעות": hour,
	"seconden": second, "seconde": second, "minuut": minute, "uren": hour,
	// "12-річним досвідом", "10-летний опыт", "5letá praxe"
	"річний": year, "річним": year, "річного": year, "річна": year, "річної": year, "річну": year,
	"летний": year, "летним": year, "летнего": year, "летняя": year, "летней": year, "летнюю": year,
	"letá": year, "letou": year, "leté": year, "letý": year, "letého": year,
	"års": year, "måneder": month, "måneders": month, "uker": week, "uger": week, "dager": day, "dage": day,
	"év": year, "éve": year, "évig": year, "hónap": month, "hónapig": month, "hét": week, "óra": hour,
	"tahun": year, "bulan": month, "minggu": week, "hari": day, "jam": hour, "menit": minute, "detik": second,
	"tháng": month, "năm": year, "tuần": week, "ngày": day, "giờ": hour, "phút": minute, "giây": second,
	"sekunder": second, "ore": hour, "týden": week,
	"dakika": minute, "saniye": second, "stunde": hour,
	"nap": day, "napról": day, "napra": day, "napig": day, "napon": day, "hétről": week, "hétre": week, "hónapról": month, "hónapra": month,
	"évről": year, "évre": year, "óráról": hour, "órára": hour, "perc": minute, "percről": minute, "percre": minute, "percig": minute,
	"dakikadan": minute, "dakikaya": minute, "saatten": hour, "saate": hour, "günden": day, "güne": day,
	"haftadan": week, "haftaya": week, "aydan": month, "yıldan": year, "yıla": year,
	"taon": year, "buwan": month, "araw": day, "oras": hour, "minuto": minute, "arbejdsdage": day, "arbeidsdager": day, "arbetsdagar": day,
	"বছর": year, "বছরের": year, "বছরে": year, "মাস": month, "মাসের": month, "সপ্তাহ": week, "দিন": day, "দিনের": day, "ঘণ্টা": hour, "মিনিট": minute, "سال": year, "ماه": month, "هفته": week, "روز": day, "ساعت": hour, "دقیقه": minute,
	"ani": year, "anul": year, "luni": month, "săptămâni": week, "zile": day, "साल": year, "वर्ष": year, "वर्षों": year, "महीने": month, "महीनों": month, "हफ्ते": week, "सप्ताह": week, "दिन": day, "घंटे": hour, "मिनट": minute,
	"роки": year, "років": year, "рік": year, "місяців": month, "місяці": month, "тижнів": week, "днів": day, "годин": hour,
	"недель": week, "недели": week, "дней": day, "дня": day, "часов": hour,
	"минут": minute, "минуты": minute, "минуту": minute, "минута": minute, "секунд": second, "секунды": second, "секунду": second,
	"часа": hour, "час": hour, "месяц": month, "недельный": week, "неделю": week, "неделя": week, "день": day,
	"мс": 1e-3, "сек": second, "с": second, "мин": minute, "ч": hour,
	"хвилин": minute, "хвилини": minute, "хвилину": minute, "години": hour, "годину": hour, "тижні": week, "тиждень": week,
	"дні": day, "місяць": month, "місяця": month, "року": year,
	"lety": year, "letech": year, "roků": year, "rokem": year, "roce": year, "rok": year, "minuty": minute,
	"hodiny": hour, "hodinu": hour, "týdny": week, "dny": day, "dní": day, "měsíc": month, "měsíci": month,
	"roky": year, "let": year, "měsíců": month, "měsíce": month, "týdnů": week, "dnů": day, "hodin": hour,
}

// glued duration suffixes ("420ms", "1.5s"); "m" is left to magnitudes
// (2M users), so "5m" reads as five million, as resumes mean it.
// "3D" and "5G" are not durations, so "d" and "y" never glue.
var gluedDuration = map[string]bool{"ns": true, "us": true, "µs": true, "ms": true, "s": true, "sec": true, "secs": true,
	"min": true, "mins": true, "h": true, "hr": true, "hrs": true, "wk": true, "wks": true, "mo": true, "mos": true, "yr": true, "yrs": true}

// Data sizes are decimal (1 GB = 1,000 MB), as people do the arithmetic
// in resumes ("1.5 TB" = "1,500 GB"); the -iB units are binary.
const (
	kb  = 1000.0
	kib = 1024.0
)

var dataUnits = map[string]float64{
	"bytes": 1, "byte": 1,
	"kb": kb, "kilobyte": kb, "kilobytes": kb, "kib": kib,
	"mb": kb * kb, "megabyte": kb * kb, "megabytes": kb * kb, "mib": kib * kib,
	"gb": kb * kb * kb, "gigabyte": kb * kb * kb, "gigabytes": kb * kb * kb, "gib": kib * kib * kib,
	"tb": kb * kb * kb * kb, "terabyte": kb * kb * kb * kb, "terabytes": kb * kb * kb * kb, "tib": kib * kib * kib * kib,
	"pb": kb * kb * kb * kb * kb, "petabyte": kb * kb * kb * kb * kb, "petabytes": kb * kb * kb * kb * kb, "pib": kib * kib * kib * kib * kib,
	"eb": kb * kb * kb * kb * kb * kb, "exabyte": kb * kb * kb * kb * kb * kb, "exabytes": kb * kb * kb * kb * kb * kb,
}

// dataRateUnits are data sizes per second ("10 Gbps").
var dataRateUnits = map[string]float64{
	"kbps": 1e3 / 8, "mbps": 1e6 / 8, "gbps": 1e9 / 8, "tbps": 1e12 / 8,
	"kb/s": kb, "mb/s": kb * kb, "gb/s": kb * kb * kb,
}

var magnitudes = map[string]float64{
	"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
	"b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "trillion": 1e12, "t": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "mrd": 1e9,
	"mio": 1e6, "mln": 1e6, "milhões": 1e6, "milhoes": 1e6, "millones": 1e6, "milioni": 1e6, "millionen": 1e6, "mld": 1e9,
	"miliardi": 1e9, "milliarden": 1e9, "bilhões": 1e9, "εκατ": 1e6, "εκατομμύρια": 1e6, "εκατομμύριο": 1e6, "δισ": 1e9, "milioane": 1e6, "miliarde": 1e9, "millióról": 1e6, "millióra": 1e6, "milliót": 1e6, "millióval": 1e6, "mila": 1e3, "mil": 1e3, "tausend": 1e3, "tsd": 1e3, "tys": 1e3, "tis": 1e3, "tisíc": 1e3, "bin": 1e3, "mi": 1e6, "bi": 1e9,
	"milione": 1e6, "millón": 1e6, "milhão": 1e6, "miljoen": 1e6, "miljon": 1e6, "milion": 1e6, "miliony": 1e6, "milionów": 1e6,
	"miljard": 1e9, "miljarder": 1e9, "miliard": 1e9, "milliard": 1e9, "milliards": 1e9,
	"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12,
	"млн": 1e6, "млрд": 1e9, "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
	"миллиард": 1e9, "миллиардов": 1e9, "мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6, "мільярд": 1e9, "мільярдів": 1e9,
	"тис": 1e3, "тисяч": 1e3, "тисячі": 1e3, "millioner": 1e6, "miljoner": 1e6, "miljoonaa": 1e6, "milionu": 1e6, "milionů": 1e6,
	"millió": 1e6, "milliárd": 1e9, "milyon": 1e6, "milyar": 1e9, "triệu": 1e6, "tỷ": 1e9, "nghìn": 1e3, "ngàn": 1e3,
	"מיליון": 1e6, "מיליארד": 1e9, "אלף": 1e3,
	"مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "ألف": 1e3, "آلاف": 1e3, "میلیون": 1e6, "میلیارد": 1e9, "هزار": 1e3,
	"लाख": 1e5, "करोड़": 1e7, "हज़ार": 1e3, "हजार": 1e3, "লাখ": 1e5, "কোটি": 1e7, "হাজার": 1e3,
}

// glued magnitudes ("2M", "10k", "$1.2bn"); "t" only as a word.
var gluedMagnitude = map[string]bool{"k": true, "m": true, "mm": true, "mn": true, "b": true, "bn": true}

var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₱": "PHP", "₦": "NGN",
	"₩": "KRW", "₺": "TRY", "₽": "RUB", "₴": "UAH", "zł": "PLN", "₫": "VND"}

// dollarPrefixes glued before "$" name other dollars and the real: R$ 1,2
// million is Brazilian.
var dollarPrefixes = map[string]string{"r": "BRL", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "s": "SGD", "hk": "HKD",
	"nz": "NZD", "mx": "MXN", "us": "USD", "nt": "TWD"}

var currencyWords = map[string]string{
	"tl": "TRY", "lira": "TRY", "try": "TRY", "usd": "USD", "dollars": "USD", "dollar": "USD", "dolar": "USD", "dolardan": "USD", "dolara": "USD", "dolarlık": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "euron": "EUR", "euroa": "EUR", "eurót": "EUR", "евро": "EUR", "ευρώ": "EUR",
	"gbp": "GBP", "pounds": "GBP", "jpy": "JPY", "yen": "JPY", "inr": "INR", "rupees": "INR",
	"cad": "CAD", "aud": "AUD", "chf": "CHF", "brl": "BRL", "mxn": "MXN", "ngn": "NGN", "zar": "ZAR", "sek": "SEK",
	"nok": "NOK", "dkk": "DKK", "pln": "PLN", "czk": "CZK", "sgd": "SGD", "hkd": "HKD", "nzd": "NZD", "cny": "CNY",
	"rmb": "CNY", "krw": "KRW", "php": "PHP", "aed": "AED", "sar": "SAR", "rs": "INR", "rupee": "INR", "naira": "NGN",
	"reais": "BRL", "francs": "CHF", "zloty": "PLN", "idr": "IDR", "myr": "MYR", "vnd": "VND", "thb": "THB", "baht": "THB",
	"đồng": "VND", "vnđ": "VND", "ريال": "SAR", "ر.س": "SAR", "درهم": "AED", "دينار": "KWD", "جنيه": "EGP", "تومان": "IRR", "ریال": "IRR", "টাকা": "BDT", "रुपये": "INR",
	"kč": "CZK", "руб": "RUB", "рублей": "RUB", "рубля": "RUB", "rub": "RUB", "грн": "UAH", "гривень": "UAH", "uah": "UAH", "lei": "RON", "ron": "RON",
	"huf": "HUF", "forint": "HUF", "bgn": "BGN", "лв": "BGN",
	// the same currencies named in English words
	"riyals": "SAR", "riyal": "SAR", "dirhams": "AED", "dirham": "AED", "dinars": "KWD", "dinar": "KWD", "shekels": "ILS", "shekel": "ILS",
	"rand": "ZAR", "zlotys": "PLN", "zlotych": "PLN", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "kronor": "SEK",
	"krona": "SEK", "kroner": "NOK", "krone": "DKK", "ringgit": "MYR", "rupiah": "IDR", "pesos": "MXN", "yuan": "CNY", "renminbi": "CNY",
	"hryvnias": "UAH", "hryvnia": "UAH", "roubles": "RUB", "rubles": "RUB", "ruble": "RUB", "rouble": "RUB", "tenge": "KZT", "dong": "VND", "leva": "BGN",
	"ils": "ILS", "₪": "ILS", "kwd": "KWD", "egp": "EGP", "kzt": "KZT",
}

// rupeeWords are currencies written as a short word before the figure
// ("Rs 38 lakh", "Rp 450 juta", "RM 12,000"), in their capitals.
var rupeeWords = map[string]string{"Rs": "INR", "rs": "INR", "RS": "INR", "Rp": "IDR", "RP": "IDR", "RM": "MYR"}

// rateWords name "per time" by themselves: 200 RPS, 5M MAU.
var rateWords = map[string]float64{
	"rps": second, "qps": second, "tps": second, "ops": 0, "mau": month, "maus": month, "dau": day, "daus": day, "wau": week,
	"arr": year, "mrr": month,
}

// rateAdjectives come before or after the noun: "2M daily requests", or
// before the figure.
var rateAdjectives = map[string]float64{
	"hourly": hour, "daily": day, "nightly": day, "weekly": week, "monthly": month, "quarterly": 3 * month,
	"yearly": year, "annual": year, "annually": year, "biannual": 6 * month, "biannually": 6 * month, "semiannual": 6 * month, "semiannually": 6 * month,
	"fortnightly": 2 * week, "biweekly": 2 * week, "bi-weekly": 2 * week,
	// Arabic writes the adverb after the noun ("100 عميل يوميًا")
	"يوميًا": day, "أسبوعيًا": week, "شهريًا": month, "سنويًا": year,
	// Urdu and Persian write the adverb before the figure ("روزانہ تقریباً 200")
	"évi": year, "éves": year, "روزانہ": day, "ماہانہ": month, "سالانہ": year,
	"தினமும்": day, "மாதந்தோறும்": month, "வாரந்தோறும்": week, "ஆண்டுதோறும்": year,
	// after the noun, in the source's language ("~70 llamadas diarias")
	"diario": day, "diaria": day, "diarios": day, "diarias": day, "täglich": day, "quotidiens": day, "quotidiennes": day,
	"semanal": week, "semanales": week, "wöchentlich": week, "hebdomadaires": week,
	"mensual": month, "mensuales": month, "monatlich": month, "mensuels": month, "mensuelles": month, "mensais": month, "mensal": month, "diário": day, "diária": day,
	"annuo": year, "annua": year, "annui": year, "mensili": month, "settimanale": week, "giornaliero": day, "giornaliera": day,
	"jaarlijkse": year, "maandelijkse": month, "wekelijkse": week, "dagelijkse": day,
	"roczny": year, "roczna": year, "rocznego": year, "rocznej": year, "miesięczny": month, "miesięczna": month, "miesięcznego": month, "miesięcznej": month,
	"годовой": year, "годовая": year, "годового": year, "годовую": year, "месячный": month, "месячная": month, "ежемесячный": month, "ежемесячная": month, "ежегодный": year,
	"річний": year, "річна": year, "річного": year, "місячний": month, "щомісячний": month,
	"anual": year, "anuales": year, "jährlich": year, "annuels": year, "annuelles": year, "anuais": year,
	"dziennie": day, "tygodniowo": week, "miesięcznie": month, "rocznie": year,
	"annuel": year, "annuelle": year, "mensuel": month, "mensuelle": month, "hebdomadaire": week, "quotidien": day, "quotidienne": day,
	"jährliche": year, "jährlichen": year, "monatliche": month, "monatlichen": month, "tägliche": day, "täglichen": day, "wöchentliche": week, "wöchentlichen": week, "anuale": year, "annuale": year, "mensile": month,
	// or before the figure ("täglich 35", "Günde 250"; see adverbsAhead)
	"dagelijks": day, "wekelijks": week, "maandelijks": month, "jaarlijks": year, "dagligen": day, "årligen": year,
	"quotidiennement": day, "diariamente": day, "semanalmente": week, "mensualmente": month, "anualmente": year, "mensalmente": month,
	"günde": day, "haftada": week, "ayda": month, "yılda": year, "yıllık": year, "aylık": month, "günlük": day, "haftalık": week,
	"ročně": year, "měsíčně": month, "týdně": week, "denně": day, "zilnic": day, "lunar": month, "săptămânal": week,
	"vuodessa": year, "kuukaudessa": month, "viikossa": week, "päivässä": day, "vuosittain": year, "kuukausittain": month, "päivittäin": day,
	"ετησίως": year, "μηνιαίως": month, "ημερησίως": day, "בחודש": month, "בשבוע": week, "ביום": day, "בשנה": year,
	"årlig": year, "daglig": day, "ugentlig": week, "ukentlig": week, "månedlig": month,
	"napi": day, "heti": week, "havi": month, "havonta": month, "naponta": day, "hetente": week, "évente": year, "sehari": day, "sebulan": month, "setahun": year,
	"يومياً": day, "يوميا": day, "شهرياً": month, "شهريا": month, "سنوياً": year, "سنويا": year, "أسبوعياً": week,
	// Bengali, Persian and Hindi before the figure ("মাসে গড়ে ১২০ জন")
	"মাসে": month, "দিনে": day, "সপ্তাহে": week, "বছরে": year, "প্রতিদিন": day, "ماهانه": month, "روزانه": day, "سالانه": year, "هفتگی": week, "मासिक": month, "प्रतिदिन": day, "रोज़ाना": day, "रोजाना": day, "रोज़": day, "वार्षिक": year, "दैनिक": day, "साप्ताहिक": week, "सालाना": year,
	"щодня": day, "щомісяця": month, "щороку": year, "ежедневно": day, "ежемесячно": month, "ежегодно": year,

	"하루": day, "매일": day, "일일": day, "매주": week, "주간": week, "매월": month, "매달": month, "월간": month, "연간": year, "매년": year,
}

// perUnits follow "per", "/", "a", "each" or "every".
var perUnits = map[string]float64{
	"s": second, "sec": second, "second": second, "min": minute, "minute": minute, "h": hour, "hr": hour, "hour": hour,
	"d": day, "day": day, "night": day, "workday": day, "wk": week, "week": week, "mo": month, "mth": month, "month": month, "quarter": 3 * month,
	"qtr": 3 * month, "yr": year, "year": year, "annum": year,
	// after "/" in the source's language ("70 pacientes/dia")
	"dia": day, "día": day, "jour": day, "tag": day, "mes": month, "mês": month, "mois": month, "monat": month, "ano": year, "año": year, "an": year, "jahr": year,
	"woche": week, "semana": week, "semaine": week, "settimana": week, "giorno": day, "mese": month, "anno": year,
	"heure": hour, "stunde": hour, "std": hour, "hora": hour, "ora": hour, "uur": hour, "dag": day, "dzień": day, "maand": month,
	"miesiąc": month, "jaar": year, "rok": year, "tydzień": week, "godz": hour, "godzinę": hour,
	"tháng": month, "năm": year, "ngày": day, "tuần": week, "giờ": hour, "bulan": month, "tahun": year, "hari": day, "minggu": week, "jam": hour,
	"месяц": month, "мес": month, "день": day, "год": year, "неделю": week, "час": hour, "місяць": month, "рік": year, "тиждень": week,
	"ay": month, "yıl": year, "gün": day, "hafta": week, "saat": hour,
	"ώρα": hour, "ημέρα": day, "μέρα": day, "εβδομάδα": week, "μήνα": month, "έτος": year,
	// and their short forms ("10 000 km/mies.", "~180 km/zi", "200 ks/den")
	"mån": month, "mån.": month, "vecka": week, "mies": month, "mc": month, "tydz": week, "zi": day, "săpt": week, "den": day, "týden": week, "měsíc": month, "nap": day, "hét": week, "év": year,
}

// hebrewPeriods are "a year", "a month" as Hebrew writes them after the
// figure, in one word ("כ-3 מיליון ₪ בשנה").
var hebrewPeriods = map[string]float64{"בשנה": year, "בחודש": month, "ביום": day, "בשבוע": week, "בשעה": hour}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	// the same in the languages sources are written in ("trois ans",
	// "drei Jahre", "binnen één jaar"); articles that also mean one (un,
	// ein, uno) and words that are English too (sept, due, dos, elf, once,
	// sex) are left out
	"jedną": 1, "jedna": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15,
	"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
	"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12,
	"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
	"tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15,
	"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
	"dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12, "vinte": 20,
	"trinta": 30, "quarenta": 40, "cinquenta": 50,
	"tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
	"quattordici": 14, "quindici": 15, "sedici": 16, "trenta": 30, "quaranta": 40, "cinquanta": 50,
	"trece": 13, "catorce": 14, "dieciséis": 16, "veinticinco": 25, "treize": 13, "quatorze": 14, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
	"catorze": 14, "dezesseis": 16,
	"één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12, "twintig": 20,
	"dertig": 30, "veertig": 40, "vijftig": 50,
	"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10,
	"dwanaście": 12, "dwadzieścia": 20, "trzydzieści": 30,
	"två": 2, "fyra": 4, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "tolv": 12, "tjugo": 20, "fem": 5, "syv": 7,
	// and their cases ("w trzech centrach danych", "в трёх офисах")
	"dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "sześciu": 6, "siedmiu": 7, "ośmiu": 8, "dziesięciu": 10,
	"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
	"двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "десяти": 10,
	"дві": 2, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8, "двох": 2, "трьох": 3, "чотирьох": 4, "п'яти": 5,
	"dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9, "deset": 10, "dvou": 2, "třech": 3, "čtyřech": 4,
	"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
	"kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "kymmenen": 10, "három": 3, "négy": 4, "kettő": 2, "két": 2,
	"doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "zece": 10,
	"δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4, "πέντε": 5, "δέκα": 10,
	"dua": 2, "tiga": 3, "empat": 4, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
}

// periodAdverbs say "every day", "every month"… in the languages sources
// are written in, anywhere in a sentence: its figures may be restated per
// that period.
var periodAdverbs = sync.OnceValue(func() map[string]float64 {
	m := map[string]float64{
		"щодня": day, "ежедневно": day, "täglich": day, "tagtäglich": day, "quotidiennement": day, "diariamente": day, "quotidianamente": day,
		"dagelijks": day, "codziennie": day, "denně": day, "dagligen": day, "dagligt": day, "daglig": day, "päivittäin": day, "günlük": day,
		"щотижня": week, "еженедельно": week, "wöchentlich": week, "hebdomadairement": week, "semanalmente": week, "settimanalmente": week,
		"wekelijks": week, "tygodniowo": week, "týdně": week, "veckovis": week,
		"щомісяця": month, "ежемесячно": month, "monatlich": month, "mensuellement": month, "mensualmente": month, "mensilmente": month,
		"maandelijks": month, "miesięcznie": month, "měsíčně": month, "månadsvis": month, "kuukausittain": month,
		"щороку": year, "ежегодно": year, "jährlich": year, "annuellement": year, "anualmente": year, "annualmente": year,
		"jaarlijks": year, "rocznie": year, "ročně": year, "årligen": year, "vuosittain": year,
	}
	for w, per := range rateAdjectives {
		if _, ok := m[w]; !ok {
			m[w] = per
		}
	}
	return m
})

// periodAdverbFilter answers most words that are no period adverb with one
// bit test, before the map is asked.
var periodAdverbFilter = sync.OnceValue(func() *wordset.Filter { return wordset.Of(periodAdverbs()) })

// halvingVerbs say "halved" in the languages sources are written in.
var halvingVerbs = map[string]bool{"halverade": true, "halverat": true, "halveret": true, "halverede": true, "halverte": true, "halvert": true,
	"halbiert": true, "halbierte": true, "halbierten": true, "dimezzato": true, "dimezzata": true, "dimezzati": true, "dimezzando": true,
	"gehalveerd": true, "halveerde": true, "halveerden": true, "puolitin": true, "puolitti": true}

// multiplierWords state a multiple without digits.
var multiplierWords = map[string]float64{
	"doubled": 2, "doubling": 2, "doubles": 2, "twofold": 2, "tripled": 3, "tripling": 3, "triples": 3,
	"threefold": 3, "quadrupled": 4, "quadrupling": 4, "fourfold": 4, "fivefold": 5, "tenfold": 10,
	// the same in the languages sources are written in
	"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вдесятеро": 10, "удвоил": 2, "удвоила": 2, "удвоили": 2, "утроил": 3, "утроила": 3,
	"удвічі": 2, "втричі": 3, "подвоїв": 2, "подвоїла": 2, "потроїв": 3,
	"verdoppelt": 2, "verdoppelte": 2, "verdoppelten": 2, "verdreifacht": 3, "verdreifachte": 3, "vervierfacht": 4,
	"doublé": 2, "doublée": 2, "triplé": 3, "triplée": 3, "quadruplé": 4,
	"doble": 2, "doppio": 2, "dobro": 2, "doppelte": 2, "doppelten": 2, // ("el doble de participantes")
	"duplicó": 2, "duplicado": 2, "dupliqué": 2, "triplicó": 3, "triplicado": 3, "tripliqué": 3,
	"raddoppiato": 2, "raddoppiata": 2, "triplicato": 3, "triplicata": 3,
	"dobrou": 2, "dobrei": 2, "duplicou": 2, "dupliquei": 2, "triplicou": 3, "tripliquei": 3,
	"verdubbeld": 2, "verdubbelde": 2, "verdrievoudigd": 3,
	"podwoił": 2, "podwoiła": 2, "podwoiłem": 2, "podwoiłam": 2, "dwukrotnie": 2, "trzykrotnie": 3, "czterokrotnie": 4,
	"zdvojnásobil": 2, "zdvojnásobila": 2, "ztrojnásobil": 3,
	"fördubblade": 2, "fordoblede": 2, "fordoblet": 2,
	"הכפלתי": 2, "הכפיל": 2, "הכפילה": 2, "שילשתי": 3,
	"διπλασίασα": 2, "διπλασίασε": 2, "τριπλασίασα": 3,
	"kaksinkertaistin": 2, "kaksinkertaisti": 2, "kolminkertaistin": 3,
	"megdupláztam": 2, "megduplázta": 2,
}

func init() {
	// "sevenfold", "twentyfold", "a hundredfold"
	for w, v := range numberWords {
		if v > 1 {
			multiplierWords[w+"fold"] = v
		}
	}
	multiplierWords["hundredfold"], multiplierWords["thousandfold"] = 100, 1000
}

// vagueWords are plural amounts: "thousands of users" claims at least two
// thousand.
var vagueWords = map[string]float64{"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

var hedgeWords = map[string]Bound{
	"over": AtLeast, "above": AtLeast, "exceeding": AtLeast, "beyond": AtLeast,
	"nearly": AtMost, "almost": AtMost, "within": AtMost, "under": Below, "below": Below, "sub": Below,
	"about": Approx, "around": Approx, "approximately": Approx, "approx": Approx, "roughly": Approx,
	"circa": Approx, "ca": Approx, "estimated": Approx, "est": Approx, "some": Approx,
	// the same in the languages sources are written in ("tot 1.200
	// bezoekers" is up to 1,200; "ponad 30" over 30)
	"unter": Below, "unterhalb": Below, "poniżej": Below, "onder": Below,
	"tot": AtMost, "jusqu'à": AtMost, "hasta": AtMost, "até": AtMost, "über": AtLeast, "ponad": AtLeast, "oltre": AtLeast,
	"rund": Approx, "etwa": Approx, "environ": Approx, "aproximadamente": Approx, "około": Approx, "ongeveer": Approx, "ok": Approx,
	"bijna": AtMost, "presque": AtMost, "casi": AtMost, "quase": AtMost, "quasi": AtMost, "prawie": AtMost, "knapp": AtMost,
	"ruim": AtLeast, "hơn": AtLeast, "peste": AtLeast, "přes": AtLeast, "aproximativ": Approx, "aprox": Approx, "circa's": Approx,
	"khoảng": Approx, "gần": AtMost, "téměř": AtMost, "aproape": AtMost, "zhruba": Approx, "cca": Approx,
	"noin": Approx, "zo'n": Approx, "περίπου": Approx, "έως": AtMost, "kb": Approx, "sekitar": Approx, "حوالي": Approx, "близько": Approx, "около": Approx, "asi": Approx,
	"понад": AtLeast, "более": AtLeast, "почти": AtMost, "majdnem": AtMost, "lähes": AtMost, "yli": AtLeast, "över": AtLeast,
	"примерно": Approx, "приблизительно": Approx, "порядка": Approx, "приблизно": Approx, "přibližně": Approx, "yaklaşık": Approx,
	"עד": AtMost, "כ": Approx, "حدود": Approx, "حدوداً": Approx, "تقریباً": Approx, "تقريبا": Approx, "כמעט": AtMost, "מעל": AtLeast, "свыше": AtLeast, "менее": Below, "меньше": Below, "менше": Below, "майже": AtMost, "niemal": AtMost, "neredeyse": AtMost,
	"लगभग": Approx, "करीब": Approx, "कई": Approx, "sekitar-sekitar": Approx, "humigit-kumulang": Approx, "halos": AtMost, "mga": Approx,
}

var hedgePhrases = []struct {
	words []string
	bound Bound
}{
	{[]string{"more", "than"}, AtLeast}, {[]string{"greater", "than"}, AtLeast}, {[]string{"at", "least"}, AtLeast},
	{[]string{"upwards", "of"}, AtLeast}, {[]string{"north", "of"}, AtLeast}, {[]string{"in", "excess", "of"}, AtLeast},
	{[]string{"up", "to"}, AtMost}, {[]string{"less", "than"}, Below}, {[]string{"fewer", "than"}, Below},
	{[]string{"at", "most"}, AtMost}, {[]string{"close", "to"}, AtMost}, {[]string{"just", "under"}, AtMost},
	{[]string{"shy", "of"}, AtMost}, {[]string{"just", "over"}, AtLeast},
	{[]string{"weniger", "als"}, Below}, {[]string{"moins", "de"}, Below}, {[]string{"menos", "de"}, Below}, {[]string{"meno", "di"}, Below},
	{[]string{"minder", "dan"}, Below}, {[]string{"mindre", "än"}, Below}, {[]string{"менее", "чем"}, Below}, {[]string{"меньше", "чем"}, Below},
	{[]string{"более", "чем"}, AtLeast}, {[]string{"mniej", "niż"}, Below}, {[]string{"méně", "než"}, Below}, {[]string{"více", "než"}, AtLeast},
	{[]string{"bis", "zu"}, AtMost}, {[]string{"fino", "a"}, AtMost}, {[]string{"mehr", "als"}, AtLeast}, {[]string{"plus", "de"}, AtLeast},
	{[]string{"más", "de"}, AtLeast}, {[]string{"mais", "de"}, AtLeast}, {[]string{"meer", "dan"}, AtLeast}, {[]string{"cerca", "de"}, Approx},
	{[]string{"κάτω", "από"}, Below}, {[]string{"πάνω", "από"}, AtLeast}, {[]string{"λιγότερο", "από"}, Below},
	{[]string{"περισσότερο", "από"}, AtLeast}, {[]string{"περισσότερα", "από"}, AtLeast}, {[]string{"περισσότερους", "από"}, AtLeast},
	{[]string{"mindre", "enn"}, Below}, {[]string{"mer", "enn"}, AtLeast}, {[]string{"mere", "end"}, AtLeast}, {[]string{"mindre", "end"}, Below},
	{[]string{"بیش", "از"}, AtLeast}, {[]string{"بیشتر", "از"}, AtLeast}, {[]string{"کمتر", "از"}, Below}, {[]string{"أكثر", "من"}, AtLeast}, {[]string{"اكثر", "من"}, AtLeast}, {[]string{"وأكثر", "من"}, AtLeast}, {[]string{"واكثر", "من"}, AtLeast}, {[]string{"أقل", "من"}, Below}, {[]string{"ما", "يزيد", "على"}, AtLeast},
	{[]string{"as", "long", "as"}, AtMost}, {[]string{"as", "many", "as"}, AtMost}, {[]string{"as", "much", "as"}, AtMost}, {[]string{"as", "high", "as"}, AtMost},
}

// nounStop ends the noun phrase after a number.
var nounStop = map[string]bool{
	// the same words in the languages sources are written in
	"since": true, "until": true, "below": true, "above": true, "behind": true, "avg": true, "em": true, "ao": true, "ng": true, "sa": true, "til": true, "dankzij": true, "grâce": true, "gracias": true, "dank": true, "dzięki": true, "благодаря": true, "से": true, "का": true, "की": true, "के": true, "में": true, "को": true, "तक": true, "पर": true, "aos": true, "dos": true, "das": true, "xuống": true, "lên": true, "đến": true, "từ": true, "và": true,
	"trong": true, "ở": true, "dari": true, "ke": true, "menjadi": true, "hingga": true, "z": true, "till": true, "från": true, "på": true, "tot": true,
	"do": true, "bis": true, "al": true, "del": true, "dal": true, "au": true, "aux": true, "naar": true, "zum": true, "zur": true, "od": true,
	"comme": true, "como": true, "come": true, "als": true, "jako": true, "как": true, "як": true,
	"innerhalb": true, "binnen": true, "entro": true, "dentro": true, "nel": true, "nella": true, "nei": true, "negli": true, "sul": true,
	"sulla": true, "tra": true, "fra": true, "pelo": true, "pela": true, "nos": true, "nas": true, "chez": true, "durante": true, "bij": true,
	"voor": true, "met": true, "tijdens": true, "über": true, "unter": true, "während": true, "durch": true, "dla": true, "przez": true,
	"en": true, "dans": true, "sur": true, "et": true, "y": true, "e": true, "bei": true, "im": true, "na": true, "w": true, "ve": true,
	"и": true, "в": true, "на": true, "для": true, "по": true, "до": true, "от": true, "из": true, "за": true, "при": true, "від": true, "після": true, "par": true, "pro": true, "je": true,
	"para": true, "auf": true, "à": true, "pour": true, "por": true, "von": true, "für": true, "mit": true, "und": true, "avec": true,
	"con": true, "com": true, "des": true, "du": true, "les": true, "los": true, "las": true, "der": true, "dem": true, "den": true, "zu": true,
	"in": true, "on": true, "onto": true, "upon": true, "toward": true, "towards": true, "at": true, "by": true, "to": true, "from": true, "for": true, "with": true,
	"and": true, "or": true, "the": true, "a": true, "an": true, "across": true, "over": true, "while": true,
	"through": true, "of": true, "into": true, "per": true, "than": true, "within": true, "under": true,
	"after": true, "before": true, "during": true, "using": true, "via": true, "that": true, "which": true,
	"who": true, "is": true, "are": true, "was": true, "were": true, "each": true, "every": true, "total": true, "altogether": true, "apiece": true,
	"instead": true, "rather": true, "versus": true, "vs": true, "compared": true, "as": true, "like": true, "whose": true,
	// "instead of" and the verb "to be" in those languages: never a counted noun
	"statt": true, "anstatt": true, "anstelle": true, "zamiast": true, "вместо": true, "замість": true, "anziché": true, "místo": true, "invece": true,
	"worden": true, "werden": true, "wurden": true, "wird": true, "zijn": true, "sind": true, "waren": true, "war": true, "werd": true,
	"sont": true, "est": true, "fueron": true, "son": true, "foram": true, "são": true, "sono": true, "erano": true, "są": true, "były": true,
	"было": true, "были": true, "är": true, "blev": true, "ble": true, "var": true,
	// Arabic and Hebrew prepositions ("3 مرضى في كل مناوبة": patients, not shifts)
	"في": true, "من": true, "على": true, "إلى": true, "عن": true, "مع": true, "لكل": true, "עד": true, "של": true, "עם": true,
}

// physicalUnits are units of length, mass and volume written as a counted
// noun ("1.5 km of pipe", "40,000 lb"), with their size in the base unit of
// their dimension; a "ton" is a short, metric or long ton.
var physicalUnits = map[string]struct {
	dim    string
	scales []float64
}{
	"mm": {"length", []float64{0.001}}, "cm": {"length", []float64{0.01}}, "m": {"length", []float64{1}},
	"meter": {"length", []float64{1}}, "meters": {"length", []float64{1}}, "metre": {"length", []float64{1}}, "metres": {"length", []float64{1}},
	"km": {"length", []float64{1000}}, "kilometer": {"length", []float64{1000}}, "kilometers": {"length", []float64{1000}},
	"kilometre": {"length", []float64{1000}}, "kilometres": {"length", []float64{1000}},
	"mi": {"length", []float64{1609.344}}, "mile": {"length", []float64{1609.344}}, "miles": {"length", []float64{1609.344}},
	"ft": {"length", []float64{0.3048}}, "foot": {"length", []float64{0.3048}}, "feet": {"length", []float64{0.3048}},
	"yd": {"length", []float64{0.9144}}, "yard": {"length", []float64{0.9144}}, "yards": {"length", []float64{0.9144}},
	"inch": {"length", []float64{0.0254}}, "inches": {"length", []float64{0.0254}},
	"mg": {"mass", []float64{0.000001}}, "g": {"mass", []float64{0.001}}, "gram": {"mass", []float64{0.001}}, "grams": {"mass", []float64{0.001}},
	"kg": {"mass", []float64{1}}, "kgs": {"mass", []float64{1}}, "kilogram": {"mass", []float64{1}}, "kilograms": {"mass", []float64{1}},
	"lb": {"mass", []float64{0.45359237}}, "lbs": {"mass", []float64{0.45359237}}, "pound": {"mass", []float64{0.45359237}},
	"pounds": {"mass", []float64{0.45359237}}, "oz": {"mass", []float64{0.028349523}}, "ounces": {"mass", []float64{0.028349523}},
	"tonne": {"mass", []float64{1000}}, "tonnes": {"mass", []float64{1000}}, "t": {"mass", []float64{1000}},
	"ton": {"mass", []float64{907.18474, 1000, 1016.0469}}, "tons": {"mass", []float64{907.18474, 1000, 1016.0469}},
	"l": {"volume", []float64{1}}, "liter": {"volume", []float64{1}}, "liters": {"volume", []float64{1}}, "litre": {"volume", []float64{1}},
	"litres": {"volume", []float64{1}}, "ml": {"volume", []float64{0.001}}, "gal": {"volume", []float64{3.785411784}},
	"gallon": {"volume", []float64{3.785411784}}, "gallons": {"volume", []float64{3.785411784}},
	"m³": {"volume", []float64{1000}}, "m3": {"volume", []float64{1000}}, "cbm": {"volume", []float64{1000}},
	"m²": {"area", []float64{1}}, "m2": {"area", []float64{1}}, "sqm": {"area", []float64{1}}, "km²": {"area", []float64{1e6}},
	"ft²": {"area", []float64{0.09290304}}, "sqft": {"area", []float64{0.09290304}},
	"hectare": {"area", []float64{1e4}}, "hectares": {"area", []float64{1e4}}, "ha": {"area", []float64{1e4}}, "га": {"area", []float64{1e4}},
	"acre": {"area", []float64{4046.8564224}}, "acres": {"area", []float64{4046.8564224}},
	"v": {"voltage", []float64{1}}, "volt": {"voltage", []float64{1}}, "volts": {"voltage", []float64{1}}, "kv": {"voltage", []float64{1000}},
	"amp": {"current", []float64{1}}, "amps": {"current", []float64{1}}, "ampere": {"current", []float64{1}}, "amperes": {"current", []float64{1}},
	"w": {"power", []float64{1}}, "kw": {"power", []float64{1000}}, "mw": {"power", []float64{1e6}}, "gw": {"power", []float64{1e9}},
	"kwp": {"power", []float64{1000}}, "mwp": {"power", []float64{1e6}}, "wp": {"power", []float64{1}},
	"kwh": {"energy", []float64{1}}, "mwh": {"energy", []float64{1000}}, "gwh": {"energy", []float64{1e6}},
}

// Physical returns the dimension and sizes of the unit of length, mass or
// volume the figure is written in ("10 km", "6.2-mile"), if any.
func (q *Quantity) Physical() (string, []float64) {
	if q.Class != Count && !(q.Class == Rate && q.Of == Count) {
		return "", nil
	}
	if u, ok := physicalUnits[q.Noun]; ok && u.dim == "area" {
		return u.dim, u.scales // "130,000 sq ft": an area, whatever "ft" alone is
	}
	var buf [12]byte // the longest unit, lower-cased without allocating
	for rest := q.Text; rest != ""; {
		end := strings.IndexAny(rest, " -/")
		if end < 0 {
			end = len(rest)
		}
		if w := rest[:end]; len(w) <= len(buf) {
			for i := 0; i < len(w); i++ {
				c := w[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[i] = c
			}
			if u, ok := physicalUnits[string(buf[:len(w)])]; ok {
				return u.dim, u.scales
			}
		}
		rest = rest[min(end+1, len(rest)):]
	}
	// ("m3" and "m²" name a volume and an area however written)
	if n := len(q.Text) - len(q.Noun); len(q.Noun) <= 2 && !strings.ContainsAny(q.Noun, "0123456789") && !(n > 0 && isDigitB(q.Text[n-1]) && strings.EqualFold(q.Text[n:], q.Noun)) {
		return "", nil // a letter is a unit only written by the figure ("2.3km"; "M&A deals" are no metres)
	}
	return PhysicalUnit(q.Noun)
}

// PhysicalUnit returns the dimension of a counted noun that is a unit of
// length, mass or volume, and its sizes in the dimension's base unit.
func PhysicalUnit(noun string) (string, []float64) {
	u, ok := physicalUnits[noun]
	if !ok {
		return "", nil
	}
	return u.dim, u.scales
}

// energyUnits price a figure per so much energy: "$0.12 per kWh" is "$120
// per MWh".
var energyUnits = map[string]float64{"wh": 0.001, "kwh": 1, "mwh": 1000, "gwh": 1e6}
