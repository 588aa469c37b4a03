#!/usr/bin/env python3
"""Regenerate Templates/st3.tsv, the WIPO Standard ST.3 code registry used by wgdoc.

Usage:
    python3 Scripts/make-st3.py [-o OUT] [--iso-json PATH] [--localedir DIR]
                                        [--check-seed FILE ...]

Inputs (Debian package "iso-codes", 4.15 or later: `apt-get install iso-codes`):
    /usr/share/iso-codes/json/iso_3166-1.json          ISO 3166-1 alpha-2 codes, English names
    /usr/share/locale/{ar,es,fr,ru,zh_CN}/LC_MESSAGES/iso_3166-1.mo
                                                        names in the other five UN languages

On top of iso-codes the script applies, in this order:
    *_OVERRIDES (per language)    the UN's short names where they differ from iso-codes
    FORMER_NAMES                  names in force before a dated change (Turkey -> Türkiye)
    OFFICES                       ST.3 codes of intergovernmental IP offices/organizations
    RESERVED                      codes that exist but must not be used for a participant
    ALIASES                       other names the CSV importer accepts (never printed)
    WIPO membership               UN_MEMBERS - NOT_WIPO_MEMBERS + WIPO_NON_UN_MEMBERS

Sources (cited per entry below):
    UNTERM, the UN Terminology Database (https://unterm.un.org), "short name" field of
        each Member State in Arabic, Chinese, English, French, Russian and Spanish; the UN
        list of Member States (https://www.un.org/en/about-us/member-states) in each language.
    WIPO Standard ST.3 (2019 revision, CWS/7): state names follow UNTERM short forms.
    iso-codes changelog (/usr/share/doc/iso-codes/changelog.gz) for the ISO renamings.
    Dated renamings: see FORMER_NAMES, each with the public record of its date.

Output: UTF-8, LF line endings, tab-separated, header line then rows sorted by code:
    code  kind  member  from  ar  en  es  fr  ru  zh
    kind   = country | office | reserved
    member = yes (WIPO Member State) | no | office | -
    from   = "-"         the code's first names (in force since before any wgdoc document)
             YYYY-MM-DD  names in force from that date (a later row of the same code)
             "alias"     other names the CSV importer accepts for the code; never printed;
                         an empty cell means no alias in that language
Every name row has a name in all six languages. The output is deterministic: same
inputs, byte-identical file.

--check-seed FILE scans a WIPO Chinese document for "名称（XX）" pairs and reports
codes missing from the table and names that differ from the zh column (with line
numbers).  It never changes the table.

Standard library only.
"""

import argparse
import gettext
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "Templates", "st3.tsv"))
DEFAULT_ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_LOCALEDIR = "/usr/share/locale"

LANGS = ("ar", "en", "es", "fr", "ru", "zh")
# gettext locale of each language's iso-codes translation
LOCALES = {"ar": "ar", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh_CN"}
HEADER = ("code", "kind", "member", "from") + LANGS
ZH = 4 + LANGS.index("zh")

# ---------------------------------------------------------------------------
# English short names.
# Source: UN Terminology Database (UNTERM) short forms, which WIPO ST.3 follows
# for state names since its 2019 revision (CWS/7/2 Rev.: "shift from the ISO 3166
# to UNTERM as a source for the short form of state names"); territory names per
# established WIPO practice.  Only entries that differ from iso-codes are listed.
# ---------------------------------------------------------------------------
EN_OVERRIDES = {
    "BO": "Bolivia (Plurinational State of)",      # UNTERM; ISO: "Bolivia, Plurinational State of"
    "CD": "Democratic Republic of the Congo",      # UNTERM; ISO: "Congo, The Democratic Republic of the"
    "FM": "Micronesia (Federated States of)",      # UNTERM; ISO: "Micronesia, Federated States of"
    "GB": "United Kingdom",                        # WIPO practice (UNTERM long: "... of Great Britain and Northern Ireland")
    "HK": "Hong Kong, China",                      # WIPO practice; ISO: "Hong Kong"
    "IR": "Iran (Islamic Republic of)",            # UNTERM; ISO: "Iran, Islamic Republic of"
    "KP": "Democratic People's Republic of Korea", # UNTERM; ISO: "Korea, Democratic People's Republic of"
    "KR": "Republic of Korea",                     # UNTERM; ISO: "Korea, Republic of"
    "MD": "Republic of Moldova",                   # UNTERM; ISO: "Moldova, Republic of"
    "MO": "Macao, China",                          # WIPO practice; ISO: "Macao"
    "NL": "Netherlands (Kingdom of the)",          # UNTERM (since 2023); ISO: "Netherlands"
    "PS": "Palestine",                             # WIPO observer name; ISO: "Palestine, State of"
    "TZ": "United Republic of Tanzania",           # UNTERM; ISO: "Tanzania, United Republic of"
    "US": "United States of America",              # UNTERM; ISO: "United States"
    "VA": "Holy See",                              # UNTERM; ISO: "Holy See (Vatican City State)"
    "VE": "Venezuela (Bolivarian Republic of)",    # UNTERM; ISO: "Venezuela, Bolivarian Republic of"
    "VG": "British Virgin Islands",                # UN M49 / WIPO; ISO: "Virgin Islands, British"
    "VI": "United States Virgin Islands",          # UN M49; ISO: "Virgin Islands, U.S."
}

# ---------------------------------------------------------------------------
# Chinese (Simplified) short names.
# Source: UN terminology (UNTERM Chinese short forms / UN member-state list in
# Chinese) as printed in WIPO Chinese documents (e.g. PCT/WG/17/19); territories
# per UN M49 Chinese names.  Only entries that differ from iso-codes zh_CN are listed.
# ---------------------------------------------------------------------------
ZH_OVERRIDES = {
    # UN Member States / WIPO members
    "AE": "阿拉伯联合酋长国",        # iso-codes: 阿联酋
    "BD": "孟加拉国",                # iso-codes: 孟加拉
    "BN": "文莱达鲁萨兰国",          # iso-codes: 文莱
    "BO": "玻利维亚多民族国",        # iso-codes: 玻利维亚共和国
    "BW": "博茨瓦纳",                # iso-codes: 博兹瓦那
    "CF": "中非共和国",              # iso-codes: 中非
    "DO": "多米尼加",                # iso-codes: 多米尼加共和国 (UN zh short form; DM is 多米尼克)
    "FM": "密克罗尼西亚联邦",        # iso-codes: 密克罗尼西亚
    "GB": "联合王国",                # iso-codes: 英国
    "GT": "危地马拉",                # iso-codes: 瓜地马拉
    "KG": "吉尔吉斯斯坦",            # iso-codes: 吉尔吉斯坦
    "KH": "柬埔寨",                  # iso-codes: 柬埔塞 (typo)
    "LC": "圣卢西亚",                # iso-codes: 圣路西亚
    "MT": "马耳他",                  # iso-codes: 马尔他
    "NL": "荷兰王国",                # iso-codes: 荷兰 (UN: Netherlands (Kingdom of the))
    "RU": "俄罗斯联邦",              # iso-codes: 俄罗斯
    "SM": "圣马力诺",                # iso-codes: 圣马力诺市
    "TT": "特立尼达和多巴哥",        # iso-codes: 特里尼达和多巴哥
    "TZ": "坦桑尼亚联合共和国",      # iso-codes: 坦桑尼亚
    "US": "美利坚合众国",            # iso-codes: 美国
    "VA": "教廷",                    # iso-codes: 梵地冈 (UN: Holy See)
    # Other territories (UN M49 Chinese names)
    "BL": "圣巴泰勒米",              # iso-codes: 圣巴泰勒米岛
    "BQ": "博奈尔、圣尤斯特歇斯和萨巴",  # iso-codes: 博奈尔、圣尤斯特歇斯岛和萨巴
    "BV": "布韦岛",                  # iso-codes: 布维群岛
    "CC": "科科斯（基林）群岛",      # iso-codes: 科科斯群岛
    "FK": "福克兰群岛（马尔维纳斯）",  # iso-codes: 福克兰群岛(马尔维纳斯) (half-width parens)
    "GG": "根西",                    # iso-codes: 根西岛
    "GS": "南乔治亚岛和南桑威奇群岛",  # iso-codes: 南乔治亚岛和南桑德韦奇岛
    "HK": "中国香港",                # iso-codes: 香港
    "HM": "赫德岛和麦克唐纳群岛",    # iso-codes: 赫德岛与麦克唐纳群岛
    "IM": "马恩岛",                  # iso-codes: 曼岛
    "JE": "泽西",                    # iso-codes: 泽西岛
    "MO": "中国澳门",                # iso-codes: 澳门
    "MS": "蒙特塞拉特",              # iso-codes: 蒙塞拉特岛
    "PF": "法属波利尼西亚",          # iso-codes: 法属玻利尼西亚
    "PN": "皮特凯恩",                # iso-codes: 皮特克恩
    "SH": "圣赫勒拿、阿森松和特里斯坦-达库尼亚",  # iso-codes: 圣赫勒拿-阿森松-特里斯坦达库尼亚
    "SJ": "斯瓦尔巴和扬马延",        # iso-codes: 斯瓦尔巴特和扬马延岛
    "TF": "法属南部领地",            # iso-codes: 法属南半球领地
}

# ---------------------------------------------------------------------------
# WIPO membership (193 Member States as of 2024).
# UN_MEMBERS: the 193 UN Member States.  WIPO = UN members that are party to the
# WIPO Convention, plus three non-UN parties.  Source: WIPO Convention parties
# ("193 parties: 190 UN member states plus the Cook Islands, the Holy See and
# Niue", as of 2020); the three UN members outside WIPO through 2024 are listed
# below (Micronesia acceded only in June 2025 -- update here when regenerating
# for a later date).  Palestine (PS) is an observer, not a member.
# ---------------------------------------------------------------------------
UN_MEMBERS = frozenset("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI
FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM
JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG
MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split())
NOT_WIPO_MEMBERS = frozenset({
    "FM",  # Micronesia (Federated States of) -- acceded June 2025, not a member in 2024
    "PW",  # Palau
    "SS",  # South Sudan
})
WIPO_NON_UN_MEMBERS = frozenset({"CK", "NU", "VA"})  # Cook Islands, Niue, Holy See
WIPO_MEMBERS = (UN_MEMBERS - NOT_WIPO_MEMBERS) | WIPO_NON_UN_MEMBERS

# ---------------------------------------------------------------------------
# Arabic, French, Russian and Spanish short names.
# Source: UNTERM short names of the UN Member States in each language (the same
# names as the UN list of Member States in that language; UNTERM prints French and
# Spanish names with their article, "Brésil (le)", which a list of participants
# drops) and, for territories ("# UN M49"), the names of the UN Statistics
# Division's M49 standard ("Standard country or area codes for statistical use")
# in that language.  WIPO practice where EN_OVERRIDES follows it: "United Kingdom"
# (not the UNTERM long short form), "Palestine" (WIPO observer, not "State of
# Palestine"), "Hong Kong, China" / "Macao, China".  Only entries that differ from
# iso-codes (after the normalisation in normalise()) are listed.  Checked in full
# against the UNTERM and M49 columns of the datahub "country-codes" data package
# (github.com/datasets/country-codes, data/country-codes.csv): every remaining
# difference for a Member State is one of the WIPO choices above, or a renaming
# later than that data (Türkiye 2022, Netherlands (Kingdom of the)).
# Arabic: iso-codes writes shadda and a detached "و "; the UN writes neither.
# Russian: the UN writes "е" for "ё".
# ---------------------------------------------------------------------------
AR_OVERRIDES = {
    "AG": "أنتيغوا وبربودا",
    "AQ": "أنتاركتيكا",  # UN M49
    "AS": "ساموا الأمريكية",  # UN M49
    "AX": "جزر ألاند",  # UN M49
    "BA": "البوسنة والهرسك",
    "BD": "بنغلاديش",
    "BF": "بوركينا فاسو",
    "BJ": "بنن",
    "BN": "بروني دار السلام",
    "BO": "بوليفيا (دولة - المتعددة القوميات)",
    "BQ": "بونير وسانت يوستاشيوس وسابا",  # UN M49
    "BV": "جزيرة بوفيت",  # UN M49
    "BY": "بيلاروس",
    "BZ": "بليز",
    "CC": "جزر كوكس (كيلينغ)",  # UN M49
    "CD": "جمهورية الكونغو الديمقراطية",
    "CF": "جمهورية أفريقيا الوسطى",
    "CI": "كوت ديفوار",
    "CL": "شيلي",
    "CV": "كابو فيردي",                      # untranslated since 2013, see FORMER_NAMES
    "CW": "كوراساو",  # UN M49
    "CX": "جزيرة عيد الميلاد",  # UN M49
    "CZ": "تشيكيا",                          # UNTERM short name since 2016
    "DK": "الدانمرك",
    "DO": "الجمهورية الدومينيكية",
    "EC": "إكوادور",
    "FK": "جزر فوكلاند (مالفيناس)",  # UN M49
    "FM": "ميكرونيزيا (ولايات - الموحدة)",
    "FO": "جزر فايرو",  # UN M49
    "GA": "غابون",
    "GG": "غيرنسي",  # UN M49
    "GL": "غرينلند",  # UN M49
    "GP": "غوادلوب",  # UN M49
    "GU": "غوام",  # UN M49
    "GW": "غينيا - بيساو",
    "GY": "غيانا",
    "HK": "هونغ كونغ، الصين",
    "HM": "جزيرة هيرد وجزر ماكدونالد",  # UN M49
    "HU": "هنغاريا",
    "IM": "جزيرة مان",  # UN M49
    "IR": "إيران (جمهورية - الإسلامية)",
    "KG": "قيرغيزستان",
    "KI": "كيريباس",
    "KN": "سانت كيتس ونيفس",
    "KP": "جمهورية كوريا الشعبية الديمقراطية",
    "KR": "جمهورية كوريا",
    "KY": "جزر كايمان",  # UN M49
    "LA": "جمهورية لاو الديمقراطية الشعبية",
    "LI": "ليختنشتاين",
    "LK": "سري لانكا",
    "LR": "ليبريا",
    "LT": "ليتوانيا",
    "LU": "لكسمبرغ",
    "MD": "جمهورية مولدوفا",
    "ME": "الجبل الأسود",
    "MF": "سانت مارتن (الجزء الفرنسي)",  # UN M49
    "MH": "جزر مارشال",
    "MO": "ماكاو، الصين",
    "MV": "ملديف",
    "MZ": "موزامبيق",
    "NC": "كاليدونيا الجديدة",  # UN M49
    "NI": "نيكاراغوا",
    "NL": "هولندا (مملكة -)",                 # UN: Netherlands (Kingdom of the); see README
    "NZ": "نيوزيلندا",
    "PE": "بيرو",
    "PF": "بولينيزيا الفرنسية",  # UN M49
    "PM": "سان بيير وميكلون",  # UN M49
    "PN": "بيتكرن",  # UN M49
    "PS": "فلسطين",
    "PY": "باراغواي",
    "RS": "صربيا",
    "SA": "المملكة العربية السعودية",
    "SB": "جزر سليمان",
    "SC": "سيشيل",
    "SJ": "جزيرتي سفالبارد وجان ماين",  # UN M49
    "ST": "سان تومي وبرينسيبي",
    "TC": "جزر تركس وكايكوس",  # UN M49
    "TF": "الأراضي الفرنسية الجنوبية",  # UN M49
    "TH": "تايلند",
    "TK": "توكيلاو",  # UN M49
    "TL": "تيمور- ليشتي",  # UNTERM spacing
    "TR": "تركيا",                           # iso-codes 4.15 has no ar translation of "Türkiye"
    "TT": "ترينيداد وتوباغو",
    "TZ": "جمهورية تنزانيا المتحدة",
    "US": "الولايات المتحدة الأمريكية",
    "UY": "أوروغواي",
    "VA": "الكرسي الرسولي",
    "VC": "سانت فنسنت وجزر غرينادين",
    "VE": "فنزويلا (جمهورية - البوليفارية)",
    "VG": "جزر فرجن البريطانية",  # UN M49
    "VI": "جزر فرجن التابعة للولايات المتحدة",  # UN M49
    "VN": "فييت نام",
    "WF": "جزر واليس وفوتونا",  # UN M49
    "WS": "ساموا",
    "ZA": "جنوب أفريقيا",
}

ES_OVERRIDES = {
    "AS": "Samoa Americana",  # UN M49
    "AX": "Islas Åland",
    "BD": "Bangladesh",
    "BF": "Burkina Faso",
    "BH": "Bahrein",
    "BJ": "Benin",
    "BL": "San Barthélemy",  # UN M49
    "BM": "Bermuda",  # UN M49
    "BO": "Bolivia (Estado Plurinacional de)",
    "BQ": "Bonaire, San Eustaquio y Saba",
    "BT": "Bhután",
    "BW": "Botswana",
    "BY": "Belarús",
    "CD": "República Democrática del Congo",
    "CI": "Côte d'Ivoire",
    "CX": "Isla Christmas",  # UN M49
    "DJ": "Djibouti",
    "DZ": "Argelia",
    "EH": "Sáhara Occidental",  # UN M49
    "FJ": "Fiji",
    "FK": "Islas Malvinas (Falkland)",  # UN M49
    "FM": "Micronesia (Estados Federados de)",
    "GS": "Georgia del Sur y las Islas Sandwich del Sur",  # UN M49
    "GW": "Guinea-Bissau",
    "HK": "Hong Kong, China",
    "IQ": "Iraq",
    "IR": "Irán (República Islámica del)",
    "KE": "Kenya",
    "KM": "Comoras",
    "KN": "Saint Kitts y Nevis",
    "KP": "República Popular Democrática de Corea",
    "KR": "República de Corea",
    "KZ": "Kazajstán",
    "LA": "República Democrática Popular Lao",
    "LS": "Lesotho",
    "MD": "República de Moldova",
    "MF": "San Martín (parte francesa)",
    "MM": "Myanmar",
    "MO": "Macao, China",
    "MP": "Islas Marianas Septentrionales",  # UN M49
    "MV": "Maldivas",
    "MW": "Malawi",
    "NE": "Níger",
    "NL": "Países Bajos (Reino de los)",
    "NZ": "Nueva Zelandia",
    "PG": "Papua Nueva Guinea",
    "PM": "San Pedro y Miquelón",  # UN M49
    "PS": "Palestina",
    "PW": "Palau",
    "QA": "Qatar",
    "RO": "Rumania",
    "RU": "Federación de Rusia",
    "RW": "Rwanda",
    "SA": "Arabia Saudita",
    "SJ": "Islas Svalbard y Jan Mayen",  # UN M49
    "SR": "Suriname",
    "SX": "San Martín (parte neerlandesa)",
    "SY": "República Árabe Siria",
    "SZ": "Eswatini",                         # iso-codes: Esuatini
    "TF": "Territorio de las Tierras Australes Francesas",  # UN M49
    "TL": "Timor-Leste",
    "TN": "Túnez",
    "TR": "Türkiye",
    "TT": "Trinidad y Tabago",
    "TZ": "República Unida de Tanzanía",
    "UM": "Islas menores alejadas de Estados Unidos",  # UN M49
    "US": "Estados Unidos de América",
    "VA": "Santa Sede",
    "VE": "Venezuela (República Bolivariana de)",
    "VG": "Islas Vírgenes Británicas",
    "VI": "Islas Vírgenes de los Estados Unidos",
    "VN": "Viet Nam",
    "WF": "Islas Wallis y Futuna",  # UN M49
    "ZW": "Zimbabwe",
}

FR_OVERRIDES = {
    "AX": "Îles d'Åland",
    "BO": "Bolivie (État plurinational de)",
    "BV": "Île Bouvet",
    "CC": "Îles des Cocos (Keeling)",  # UN M49
    "CG": "Congo",
    "CK": "Îles Cook",
    "CV": "Cabo Verde",                       # untranslated since 2013, see FORMER_NAMES
    "CX": "Île Christmas",
    "FK": "Îles Falkland (Malvinas)",
    "FM": "Micronésie (États fédérés de)",
    "FO": "Îles Féroé",
    "GL": "Groenland",  # UN M49
    "GQ": "Guinée équatoriale",
    "GS": "Géorgie du Sud-et-les Îles Sandwich du Sud",  # UN M49
    "HK": "Hong Kong, Chine",
    "HM": "Île Heard-et-Îles MacDonald",
    "IQ": "Iraq",
    "IR": "Iran (République islamique d')",
    "KN": "Saint-Kitts-et-Nevis",
    "KP": "République populaire démocratique de Corée",
    "KR": "République de Corée",
    "KY": "Îles Caïmanes",
    "LA": "République démocratique populaire lao",
    "MD": "République de Moldova",
    "MM": "Myanmar",
    "MO": "Macao, Chine",
    "NF": "Île Norfolk",
    "NG": "Nigéria",
    "NL": "Pays-Bas (Royaume des)",
    "NU": "Nioué",
    "PN": "Pitcairn",
    "PS": "Palestine",
    "RE": "Réunion",
    "RU": "Fédération de Russie",
    "SB": "Îles Salomon",
    "SJ": "Îles Svalbard-et-Jan Mayen",  # UN M49
    "SR": "Suriname",
    "SV": "El Salvador",
    "SY": "République arabe syrienne",
    "TC": "Îles Turques-et-Caïques",
    "TK": "Tokélaou",  # UN M49
    "TL": "Timor-Leste",
    "TR": "Türkiye",
    "TZ": "République-Unie de Tanzanie",
    "US": "États-Unis d'Amérique",
    "VA": "Saint-Siège",
    "VC": "Saint-Vincent-et-les Grenadines",
    "VE": "Venezuela (République bolivarienne du)",
    "VI": "Îles Vierges américaines",
    "VN": "Viet Nam",
    "WF": "Îles Wallis-et-Futuna",  # UN M49
}

RU_OVERRIDES = {
    "AI": "Ангилья",  # UN M49
    "AS": "Американское Самоа",  # UN M49
    "BL": "Сен-Бартелеми",  # UN M49
    "BM": "Бермудские острова",  # UN M49
    "BN": "Бруней-Даруссалам",
    "BO": "Боливия (Многонациональное Государство)",
    "BS": "Багамские Острова",
    "CF": "Центральноафриканская Республика",
    "DO": "Доминиканская Республика",
    "FM": "Микронезия (Федеративные Штаты)",
    "HK": "Гонконг, Китай",
    "HM": "Остров Херд и острова Макдональд",  # UN M49
    "IO": "Британская территория в Индийском океане",  # UN M49
    "IR": "Иран (Исламская Республика)",
    "KG": "Кыргызстан",
    "KM": "Коморские Острова",
    "MF": "Сен-Мартен (французская часть)",  # UN M49
    "MH": "Маршалловы Острова",
    "MO": "Макао, Китай",
    "MP": "Северные Марианские острова",
    "MV": "Мальдивские Острова",
    "NL": "Нидерланды (Королевство)",
    "SC": "Сейшельские Острова",
    "SJ": "Острова Свальбард и Ян-Майен",  # UN M49
    "SX": "Синт-Мартен (нидерландская часть)",  # UN M49
    "TC": "Острова Теркс и Кайкос",  # UN M49
    "TL": "Тимор-Лешти",
    "TR": "Турция",                           # iso-codes 4.15 has no ru translation of "Türkiye"
    "TZ": "Объединенная Республика Танзания",
    "UM": "Внешние малые острова Соединенных Штатов",
    "US": "Соединенные Штаты Америки",
    "VA": "Святой Престол",
    "VE": "Венесуэла (Боливарианская Республика)",
    "VG": "Британские Виргинские острова",
    "VI": "Виргинские острова Соединенных Штатов",
    "WF": "Острова Уоллис и Футуна",  # UN M49
}

OVERRIDES = {"ar": AR_OVERRIDES, "en": EN_OVERRIDES, "es": ES_OVERRIDES,
             "fr": FR_OVERRIDES, "ru": RU_OVERRIDES, "zh": ZH_OVERRIDES}

# ---------------------------------------------------------------------------
# Names of their time: for each renamed code, the date from which the current
# names apply and the names in force before it, in all six languages (a language
# whose name did not change repeats it).  Only renamings after 2000 are listed:
# earlier ones (Côte d'Ivoire 1985, Timor-Leste 2002 at UN admission) predate every
# PCT Working Group document (first session 2008).
#   TR 2022-06-01  UN Spokesperson: the change to "Türkiye" took effect on receipt of
#                  the Foreign Minister's letter, 1 June 2022 (UN News / Anadolu, 2 June
#                  2022); the request covers languages written in Latin script, so
#                  ar/ru/zh keep تركيا / Турция / 土耳其.  iso-codes 4.12.0 (2022-11-06):
#                  "Update name for TR (Türkiye)".
#   MK 2019-02-14  Prespa Agreement in force 12 February 2019; the UN Protocol and
#                  Liaison Service announced the switch to "North Macedonia" on
#                  14 February 2019 (UN Secretary-General's statement, 14-15 Feb 2019).
#                  iso-codes 4.3 (2019-07-11): "Update names for MK (North Macedonia)".
#   SZ 2018-04-19  Legal Notice No. 80 of 2018, dated 19 April 2018: "the name of the
#                  Kingdom of Swaziland is changed to Kingdom of Eswatini"; the UN took
#                  the name in all six languages (Chinese 斯威士兰 unchanged:
#                  PolGeoNow, "Swaziland's New Name in All Six UN Languages", 2019).
#                  iso-codes 4.3 (2019-07-11): "Update names for ... SZ (Eswatini)".
#   CZ 2016-07-01  Government Resolution 403/2016 (2 May 2016) asked the UN to enter the
#                  short name Czechia/Tchéquie/Chequia/Чехия (Czech MFA, May 2016);
#                  UNTERM had it by 11 July 2016 (Prague press, 11 July 2016).  The day
#                  of entry is not published: 1 July 2016 is an approximation.
#                  iso-codes 3.71 (2016-11-15): "Add short name of Czechia".
#   CV 2013-10-24  Letter of the Permanent Mission to the Secretary-General, announced
#                  24 October 2013: "Cabo Verde" in all UN languages, not translated.
# ---------------------------------------------------------------------------
FORMER_NAMES = {
    "CV": ("2013-10-24", {"ar": "الرأس الأخضر", "en": "Cape Verde", "es": "Cabo Verde",
                          "fr": "Cap-Vert", "ru": "Кабо-Верде", "zh": "佛得角"}),
    "CZ": ("2016-07-01", {"ar": "الجمهورية التشيكية", "en": "Czech Republic",
                          "es": "República Checa", "fr": "République tchèque",
                          "ru": "Чешская Республика", "zh": "捷克共和国"}),
    "MK": ("2019-02-14", {"ar": "جمهورية مقدونيا اليوغوسلافية السابقة",
                          "en": "The former Yugoslav Republic of Macedonia",
                          "es": "ex República Yugoslava de Macedonia",
                          "fr": "ex-République yougoslave de Macédoine",
                          "ru": "бывшая югославская Республика Македония",
                          "zh": "前南斯拉夫的马其顿共和国"}),
    "SZ": ("2018-04-19", {"ar": "سوازيلند", "en": "Swaziland", "es": "Swazilandia",
                          "fr": "Swaziland", "ru": "Свазиленд", "zh": "斯威士兰"}),
    "TR": ("2022-06-01", {"ar": "تركيا", "en": "Turkey", "es": "Turquía", "fr": "Turquie",
                          "ru": "Турция", "zh": "土耳其"}),
}

# ---------------------------------------------------------------------------
# Offices / intergovernmental organizations with ST.3 codes (ST.3 Annex,
# "other entities and intergovernmental organizations").  Names as the
# organizations use them in each language (their own sites and WIPO documents in
# that language, e.g. the PCT Applicant's Guide); Chinese as in WIPO Chinese
# documents (PCT: 欧洲专利局、北欧专利局和维谢格拉德专利局).
# Order of each tuple: LANGS (ar, en, es, fr, ru, zh).
# ---------------------------------------------------------------------------
OFFICES = {
    "AP": ("المنظمة الإقليمية الأفريقية للملكية الفكرية (الأريبو)",
           "African Regional Intellectual Property Organization (ARIPO)",
           "Organización Regional Africana de la Propiedad Intelectual (ARIPO)",
           "Organisation régionale africaine de la propriété intellectuelle (ARIPO)",
           "Африканская региональная организация интеллектуальной собственности (АРИПО)",
           "非洲地区知识产权组织"),
    "BX": ("مكتب بنلوكس للملكية الفكرية",
           "Benelux Office for Intellectual Property (BOIP)",
           "Oficina de Propiedad Intelectual del Benelux (BOIP)",
           "Office Benelux de la propriété intellectuelle (OBPI)",
           "Бенилюксское ведомство по интеллектуальной собственности (BOIP)",
           "比荷卢知识产权局"),
    "EA": ("المكتب الأوراسي للبراءات", "Eurasian Patent Office",
           "Oficina Eurasiática de Patentes", "Office eurasien des brevets",
           "Евразийское патентное ведомство", "欧亚专利局"),
    "EM": ("مكتب الاتحاد الأوروبي للملكية الفكرية",
           "European Union Intellectual Property Office (EUIPO)",
           "Oficina de Propiedad Intelectual de la Unión Europea (EUIPO)",
           "Office de l'Union européenne pour la propriété intellectuelle (EUIPO)",
           "Ведомство интеллектуальной собственности Европейского союза (EUIPO)",
           "欧盟知识产权局"),
    "EP": ("المكتب الأوروبي للبراءات", "European Patent Office",
           "Oficina Europea de Patentes", "Office européen des brevets",
           "Европейское патентное ведомство", "欧洲专利局"),
    "GC": ("مكتب براءات الاختراع لمجلس التعاون لدول الخليج العربية",
           "Patent Office of the Cooperation Council for the Arab States of the Gulf (GCC Patent Office)",
           "Oficina de Patentes del Consejo de Cooperación de los Estados Árabes del Golfo (Oficina de Patentes del CCG)",
           "Office des brevets du Conseil de coopération des États arabes du Golfe (Office des brevets du CCG)",
           "Патентное ведомство Совета сотрудничества арабских государств Залива (Патентное ведомство ССАГПЗ)",
           "海合会专利局"),
    "IB": ("المكتب الدولي للويبو", "International Bureau of WIPO",
           "Oficina Internacional de la OMPI", "Bureau international de l'OMPI",
           "Международное бюро ВОИС", "国际局"),
    "OA": ("المنظمة الأفريقية للملكية الفكرية (الأوابي)",
           "African Intellectual Property Organization (OAPI)",
           "Organización Africana de la Propiedad Intelectual (OAPI)",
           "Organisation africaine de la propriété intellectuelle (OAPI)",
           "Африканская организация интеллектуальной собственности (ОАПИ)",
           "非洲知识产权组织"),
    "QZ": ("مكتب الاتحاد الأوروبي لأصناف النباتات",
           "Community Plant Variety Office (European Union) (CPVO)",
           "Oficina Comunitaria de Variedades Vegetales (Unión Europea) (OCVV)",
           "Office communautaire des variétés végétales (Union européenne) (OCVV)",
           "Ведомство Сообщества по сортам растений (Европейский союз) (CPVO)",
           "欧盟植物品种局"),
    "WO": ("المنظمة العالمية للملكية الفكرية (الويبو)",
           "World Intellectual Property Organization (WIPO)",
           "Organización Mundial de la Propiedad Intelectual (OMPI)",
           "Organisation Mondiale de la Propriété Intellectuelle (OMPI)",
           "Всемирная организация интеллектуальной собственности (ВОИС)",
           "世界知识产权组织"),
    "XN": ("معهد بلدان الشمال للبراءات", "Nordic Patent Institute (NPI)",
           "Instituto Nórdico de Patentes (NPI)", "Institut nordique des brevets (NPI)",
           "Северный патентный институт (NPI)", "北欧专利局"),
    "XU": ("الاتحاد الدولي لحماية الأصناف النباتية الجديدة (الأوبوف)",
           "International Union for the Protection of New Varieties of Plants (UPOV)",
           "Unión Internacional para la Protección de las Obtenciones Vegetales (UPOV)",
           "Union internationale pour la protection des obtentions végétales (UPOV)",
           "Международный союз по охране новых сортов растений (УПОВ)",
           "国际植物新品种保护联盟"),
    "XV": ("معهد فيسغراد للبراءات", "Visegrad Patent Institute (VPI)",
           "Instituto de Patentes de Visegrad (VPI)", "Institut des brevets de Visegrad (VPI)",
           "Вишеградский патентный институт (VPI)", "维谢格拉德专利局"),
}

# ---------------------------------------------------------------------------
# Reserved codes: never a participant (names only to say what the code is).
#   XX     ST.3: indicator for unknown states, other entities or organizations.
#   ISO 3166-1 exceptionally reserved code elements (EA omitted: ISO reserves it
#          for Ceuta/Melilla, but ST.3 assigns it to the Eurasian Patent Office).
#   ISO 3166-1 transitionally reserved code elements (former countries).
# Order of each tuple: LANGS.
# ---------------------------------------------------------------------------
RESERVED = {
    "XX": ("دول أو كيانات أو منظمات أخرى غير معروفة",
           "Unknown states, other entities or organizations",
           "Estados, otras entidades u organizaciones desconocidos",
           "États, autres entités ou organisations inconnus",
           "Неизвестные государства, другие образования или организации",
           "未知国家、其他实体或组织"),
    "AC": ("جزيرة أسنشن", "Ascension Island", "Isla Ascensión", "Île de l'Ascension",
           "Остров Вознесения", "阿森松岛"),
    "CP": ("جزيرة كليبرتون", "Clipperton Island", "Isla Clipperton", "Île Clipperton",
           "Остров Клиппертон", "克利珀顿岛"),
    "DG": ("دييغو غارسيا", "Diego Garcia", "Diego García", "Diego Garcia",
           "Диего-Гарсия", "迪戈加西亚岛"),
    "EU": ("الاتحاد الأوروبي", "European Union", "Unión Europea", "Union européenne",
           "Европейский союз", "欧洲联盟"),
    "EZ": ("منطقة اليورو", "Eurozone", "Zona del euro", "Zone euro", "Еврозона", "欧元区"),
    "FX": ("فرنسا الحضرية", "France, Metropolitan", "Francia metropolitana",
           "France métropolitaine", "Метрополия Франции", "法国本土"),
    "IC": ("جزر الكناري", "Canary Islands", "Islas Canarias", "Îles Canaries",
           "Канарские острова", "加那利群岛"),
    "SU": ("اتحاد الجمهوريات الاشتراكية السوفياتية", "Union of Soviet Socialist Republics",
           "Unión de Repúblicas Socialistas Soviéticas",
           "Union des Républiques socialistes soviétiques",
           "Союз Советских Социалистических Республик", "苏维埃社会主义共和国联盟"),
    "TA": ("تريستان دا كونا", "Tristan da Cunha", "Tristán de Acuña", "Tristan da Cunha",
           "Тристан-да-Кунья", "特里斯坦-达库尼亚"),
    "UK": ("المملكة المتحدة (استخدم GB)", "United Kingdom (use GB)", "Reino Unido (use GB)",
           "Royaume-Uni (utiliser GB)", "Соединенное Королевство (используйте GB)",
           "联合王国（应使用GB）"),
    "UN": ("الأمم المتحدة", "United Nations", "Naciones Unidas", "Nations Unies",
           "Организация Объединенных Наций", "联合国"),
    "AN": ("جزر الأنتيل الهولندية", "Netherlands Antilles", "Antillas Neerlandesas",
           "Antilles néerlandaises", "Нидерландские Антильские острова", "荷属安的列斯"),
    "BU": ("بورما (رمز سابق)", "Burma", "Birmania (código anterior)",
           "Birmanie (ancien code)", "Бирма (прежний код)", "缅甸（旧代码）"),
    "CS": ("تشيكوسلوفاكيا / صربيا والجبل الأسود", "Czechoslovakia / Serbia and Montenegro",
           "Checoslovaquia / Serbia y Montenegro", "Tchécoslovaquie / Serbie-et-Monténégro",
           "Чехословакия / Сербия и Черногория", "捷克斯洛伐克／塞尔维亚和黑山"),
    "NT": ("المنطقة المحايدة", "Neutral Zone", "Zona Neutral", "Zone neutre",
           "Нейтральная зона", "中立区"),
    "TP": ("تيمور الشرقية (رمز سابق)", "East Timor", "Timor Oriental (código anterior)",
           "Timor oriental (ancien code)", "Восточный Тимор (прежний код)", "东帝汶（旧代码）"),
    "YU": ("يوغوسلافيا", "Yugoslavia", "Yugoslavia", "Yougoslavie", "Югославия", "南斯拉夫"),
    "ZR": ("زائير", "Zaire", "Zaire", "Zaïre", "Заир", "扎伊尔"),
}

# ---------------------------------------------------------------------------
# Other names the CSV importer accepts for a code (never printed).  Added to these
# automatically: the iso-codes name and common name (with their translations) when
# they differ from the registry's names, e.g. "Korea, Republic of", "Tanzania".
# (code, language, name); an alias must not be the name of another code.
# ---------------------------------------------------------------------------
ALIASES = [
    ("CZ", "en", "Czech Rep."),
    ("GB", "en", "Great Britain"),
    ("GB", "en", "United Kingdom of Great Britain and Northern Ireland"),  # UNTERM short form
    ("GB", "fr", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
    ("GB", "es", "Reino Unido de Gran Bretaña e Irlanda del Norte"),
    ("GB", "ru", "Соединенное Королевство Великобритании и Северной Ирландии"),
    ("GB", "ar", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"),
    ("GB", "zh", "英国"),
    # "Korea" and "Virgin Islands" are given to two codes on purpose: the importer
    # reports them as ambiguous and asks for the code, rather than guessing.
    ("KP", "en", "Korea"),
    ("KR", "en", "Korea"),
    ("VG", "en", "Virgin Islands"),
    ("VI", "en", "Virgin Islands"),
    ("KR", "zh", "韩国"),
    ("KP", "zh", "朝鲜"),
    ("NL", "en", "Netherlands"),
    ("NL", "fr", "Pays-Bas"),
    ("NL", "es", "Países Bajos"),
    ("NL", "ru", "Нидерланды"),
    ("NL", "ar", "هولندا"),
    ("NL", "zh", "荷兰"),
    ("RU", "en", "Russia"),
    ("RU", "fr", "Russie"),
    ("RU", "es", "Rusia"),
    ("RU", "ru", "Россия"),
    ("RU", "ar", "روسيا"),
    ("RU", "zh", "俄罗斯"),
    ("US", "en", "USA"),
    ("US", "zh", "美国"),
    ("TR", "en", "Turkiye"),
    ("CI", "en", "Ivory Coast"),
]

EXPECTED_ISO_COUNT = 249
EXPECTED_WIPO_MEMBERS = 193
CODE_RE = re.compile(r"^[A-Z]{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalise(lang, name):
    """iso-codes spelling -> UN spelling, for the whole column."""
    if lang == "ar":
        name = name.replace("\u0651", "").replace(" و ", " و")
    elif lang == "ru":
        name = name.replace("ё", "е").replace("Ё", "Е")
    return name


def load_iso(iso_json, localedir):
    """{code: {lang: iso name}} plus {code: {lang: [other iso names]}} for aliases."""
    with open(iso_json, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    translations = {}
    for lang, locale in LOCALES.items():
        mo = os.path.join(localedir, locale, "LC_MESSAGES", "iso_3166-1.mo")
        if not os.path.exists(mo):
            sys.exit("make-st3: missing %s (apt-get install iso-codes)" % mo)
        translations[lang] = gettext.translation("iso_3166-1", localedir=localedir, languages=[locale])
    names, others = {}, {}
    for e in entries:
        code = e["alpha_2"]
        names[code] = {"en": e["name"]}
        others[code] = {lang: [] for lang in LANGS}
        for lang, tr in translations.items():
            # a missing translation (TR in 4.15) must come from *_OVERRIDES: checked in validate()
            names[code][lang] = normalise(lang, tr.gettext(e["name"])) \
                if e["name"] in tr._catalog else None
        for key in ("common_name", "official_name"):
            if key in e:
                others[code]["en"].append(e[key])
                for lang, tr in translations.items():
                    if e[key] in tr._catalog:
                        others[code][lang].append(normalise(lang, tr.gettext(e[key])))
    return names, others


def build_rows(iso, iso_others):
    """Rows (code, kind, member, from, *names in LANGS order), and the alias rows."""
    rows = []
    current = {}
    for code, by_lang in iso.items():
        member = "yes" if code in WIPO_MEMBERS else "no"
        names = tuple(OVERRIDES[lang].get(code, by_lang.get(lang)) for lang in LANGS)
        current[code] = ("country", member, names)
    for code, names in OFFICES.items():
        if code in current:
            sys.exit("make-st3: office code %s collides with ISO 3166-1" % code)
        current[code] = ("office", "office", names)
    for code, names in RESERVED.items():
        if code in current:
            sys.exit("make-st3: reserved code %s collides with an assigned code" % code)
        current[code] = ("reserved", "-", names)
    for code in sorted(current):
        kind, member, names = current[code]
        if code in FORMER_NAMES:
            date, former = FORMER_NAMES[code]
            rows.append((code, kind, member, "-") + tuple(former[lang] for lang in LANGS))
            rows.append((code, kind, member, date) + names)
        else:
            rows.append((code, kind, member, "-") + names)
    # aliases: iso names/common names not already a registry name of the code
    printed = {}
    for r in rows:
        printed.setdefault(r[0], set()).update(r[4:])
    wanted = {}
    for code, by_lang in iso.items():
        for lang in LANGS:
            for name in [by_lang.get(lang)] + iso_others[code][lang]:
                if name and name not in printed[code]:
                    wanted.setdefault(code, {}).setdefault(lang, []).append(name)
    for code, lang, name in ALIASES:
        if name not in printed[code]:
            wanted.setdefault(code, {}).setdefault(lang, []).append(name)
    aliases = []
    for code in sorted(wanted):
        kind, member, _ = current[code]
        by_lang = {lang: sorted(set(v)) for lang, v in wanted[code].items()}
        for i in range(max(len(v) for v in by_lang.values())):
            cells = tuple(by_lang.get(lang, [])[i] if i < len(by_lang.get(lang, [])) else ""
                          for lang in LANGS)
            aliases.append((code, kind, member, "alias") + cells)
    return rows, aliases


def validate(iso, rows, aliases):
    errors = []
    if len(iso) != EXPECTED_ISO_COUNT:
        errors.append("iso-codes has %d alpha-2 codes, expected %d" % (len(iso), EXPECTED_ISO_COUNT))
    if len(UN_MEMBERS) != 193:
        errors.append("UN_MEMBERS has %d codes, expected 193" % len(UN_MEMBERS))
    for lang, table in OVERRIDES.items():
        for code in sorted(set(table) - set(iso)):
            errors.append("%s overrides have %s, which is not in ISO 3166-1" % (lang, code))
    for code in sorted(set(FORMER_NAMES) - set(iso)):
        errors.append("FORMER_NAMES has %s, which is not in ISO 3166-1" % code)
    for code in sorted((UN_MEMBERS | WIPO_MEMBERS) - set(iso)):
        errors.append("membership list has %s, which is not in ISO 3166-1" % code)
    members = sum(1 for r in rows if r[2] == "yes" and r[3] == "-")
    if members != EXPECTED_WIPO_MEMBERS:
        errors.append("%d codes with member=yes, expected %d" % (members, EXPECTED_WIPO_MEMBERS))
    owners = {}
    for r in rows:
        if not CODE_RE.match(r[0]):
            errors.append("bad code %r" % r[0])
        if r[3] != "-" and not DATE_RE.match(r[3]):
            errors.append("bad date %r in row %s" % (r[3], r[0]))
        for lang, field in zip(LANGS, r[4:]):
            if not field:
                errors.append("%s has no %s name (add it to %s_OVERRIDES)" % (r[0], lang, lang.upper()))
        for field in r:
            if field and (field != field.strip() or any(ch in field for ch in "\t\r\n")):
                errors.append("bad field %r in row %s" % (field, r[0]))
        for lang, field in zip(LANGS, r[4:]):
            owners.setdefault(field, set()).add(r[0])
    for name, codes in sorted(owners.items()):
        if len(codes) > 1 and name:
            errors.append("name %r belongs to %s" % (name, " and ".join(sorted(codes))))
    for a in aliases:
        for field in a[4:]:
            if field and owners.get(field, {a[0]}) != {a[0]}:
                errors.append("alias %r of %s is the name of %s" % (field, a[0], ", ".join(sorted(owners[field]))))
    return errors


def render(rows):
    return "".join("\t".join(r) + "\n" for r in [HEADER] + rows)


# --- seed check --------------------------------------------------------------

PAIR_RE = re.compile(r"（([A-Z]{2})）")
# Characters that end a name going backwards: spaces, list separators, brackets.
DELIM_RE = re.compile(r"[\s、，,；;：:。（）()*]")


def seed_pairs(path):
    """Yield (line_no, code, text_before) for each 名称（XX） in a PDF-to-text dump.

    Table cells are wrapped over several lines (often with blank lines between),
    so when the code starts a line the text of earlier non-blank lines is joined on.
    """
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        for m in PAIR_RE.finditer(line):
            text, j = line[:m.start()], i
            while len(DELIM_RE.split(text)) == 1 and j > 0:
                j -= 1
                while j > 0 and not lines[j].strip():
                    j -= 1
                text = lines[j].strip() + text
            yield i + 1, m.group(1), DELIM_RE.split(text)[-1]


def check_seed(path, rows):
    table = {r[0]: r for r in rows if r[3] != "alias"}
    by_zh = {r[ZH]: r[0] for r in rows if r[3] != "alias"}
    missing, mismatched, ok = [], [], 0
    for line_no, code, before in seed_pairs(path):
        row = table.get(code)
        if row is None:
            missing.append((line_no, code, before))
        elif before.endswith(row[ZH]):
            ok += 1
        else:
            # longest known zh name at the end of the text, to say what was meant
            meant = ""
            for zh, c in by_zh.items():
                if before.endswith(zh) and len(zh) > len(meant):
                    meant = zh
            mismatched.append((line_no, code, before[-20:], row[ZH], by_zh.get(meant, "")))
    print("%s: %d pairs match, %d mismatched, %d codes missing"
          % (path, ok, len(mismatched), len(missing)))
    for line_no, code, before, expect, meant in mismatched:
        hint = " (name belongs to %s)" % meant if meant else ""
        print("  line %d: %s（%s） but %s is %s%s" % (line_no, before, code, code, expect, hint))
    for line_no, code, before in missing:
        print("  line %d: %s（%s）: code not in table" % (line_no, before, code))
    return not missing


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--out", default=DEFAULT_OUT)
    ap.add_argument("--iso-json", default=DEFAULT_ISO_JSON)
    ap.add_argument("--localedir", default=DEFAULT_LOCALEDIR)
    ap.add_argument("--check-seed", nargs="*", default=[], metavar="FILE")
    args = ap.parse_args()

    iso, iso_others = load_iso(args.iso_json, args.localedir)
    rows, aliases = build_rows(iso, iso_others)
    errors = validate(iso, rows, aliases)
    if errors:
        for e in errors:
            print("make-st3: " + e, file=sys.stderr)
        sys.exit(1)
    table = sorted(rows + aliases, key=lambda r: r[0])  # stable: name rows, then aliases
    data = render(table).encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(data)
    counts = {}
    for r in rows:
        if r[3] == "-":
            counts[(r[1], r[2])] = counts.get((r[1], r[2]), 0) + 1
    print("wrote %s: %d codes (%s), %d dated renamings, %d alias rows" % (
        args.out, sum(counts.values()),
        ", ".join("%s/%s=%d" % (k, m, n) for (k, m), n in sorted(counts.items())),
        sum(1 for r in rows if r[3] != "-"), len(aliases)))
    good = True
    for path in args.check_seed:
        good = check_seed(path, table) and good
    sys.exit(0 if good else 2)


if __name__ == "__main__":
    main()
