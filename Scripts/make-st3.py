#!/usr/bin/env python3
"""Regenerate Templates/st3.tsv, the WIPO Standard ST.3 code registry used by wgdoc.

Usage:
    python3 Scripts/make-st3.py [-o OUT] [--iso-json PATH] [--localedir DIR]
                                        [--check-seed FILE ...]

Inputs (Debian package "iso-codes"):
    /usr/share/iso-codes/json/iso_3166-1.json        ISO 3166-1 alpha-2 codes + English names
    /usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo Simplified-Chinese names (gettext)

On top of iso-codes the script applies, in this order:
    EN_OVERRIDES / ZH_OVERRIDES   country names where UN/WIPO terminology differs
    OFFICES                       ST.3 codes of intergovernmental IP offices/organizations
    RESERVED                      codes that exist but must not be used for a participant
    WIPO membership               UN_MEMBERS - NOT_WIPO_MEMBERS + WIPO_NON_UN_MEMBERS

Output: UTF-8, LF line endings, tab-separated, header line then one row per code
sorted by code:  code  kind  member  en  zh
    kind   = country | office | reserved
    member = yes (WIPO Member State) | no | office | -
The output is deterministic: same inputs, byte-identical file.

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

HEADER = ("code", "kind", "member", "en", "zh")

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
# Offices / intergovernmental organizations with ST.3 codes (ST.3 Annex,
# "other entities and intergovernmental organizations").  English names as
# communicated by the organizations (ST.3); Chinese names as used in WIPO
# Chinese documents (PCT: 欧洲专利局、北欧专利局和维谢格拉德专利局).
# ---------------------------------------------------------------------------
OFFICES = {
    "AP": ("African Regional Intellectual Property Organization (ARIPO)", "非洲地区知识产权组织"),
    "BX": ("Benelux Office for Intellectual Property (BOIP)", "比荷卢知识产权局"),
    "EA": ("Eurasian Patent Office", "欧亚专利局"),
    "EM": ("European Union Intellectual Property Office (EUIPO)", "欧盟知识产权局"),
    "EP": ("European Patent Office", "欧洲专利局"),
    "GC": ("Patent Office of the Cooperation Council for the Arab States of the Gulf (GCC Patent Office)",
           "海合会专利局"),
    "IB": ("International Bureau of WIPO", "国际局"),
    "OA": ("African Intellectual Property Organization (OAPI)", "非洲知识产权组织"),
    "QZ": ("Community Plant Variety Office (European Union) (CPVO)", "欧盟植物品种局"),
    "WO": ("World Intellectual Property Organization (WIPO)", "世界知识产权组织"),
    "XN": ("Nordic Patent Institute (NPI)", "北欧专利局"),
    "XU": ("International Union for the Protection of New Varieties of Plants (UPOV)",
           "国际植物新品种保护联盟"),
    "XV": ("Visegrad Patent Institute (VPI)", "维谢格拉德专利局"),
}

# ---------------------------------------------------------------------------
# Reserved codes: never a participant.
#   XX     ST.3: indicator for unknown states, other entities or organizations.
#   ISO 3166-1 exceptionally reserved code elements (EA omitted: ISO reserves it
#          for Ceuta/Melilla, but ST.3 assigns it to the Eurasian Patent Office).
#   ISO 3166-1 transitionally reserved code elements (former countries).
# ---------------------------------------------------------------------------
RESERVED = {
    # ST.3
    "XX": ("Unknown states, other entities or organizations", "未知国家、其他实体或组织"),
    # ISO 3166-1 exceptional reservations
    "AC": ("Ascension Island", "阿森松岛"),
    "CP": ("Clipperton Island", "克利珀顿岛"),
    "DG": ("Diego Garcia", "迪戈加西亚岛"),
    "EU": ("European Union", "欧洲联盟"),
    "EZ": ("Eurozone", "欧元区"),
    "FX": ("France, Metropolitan", "法国本土"),
    "IC": ("Canary Islands", "加那利群岛"),
    "SU": ("Union of Soviet Socialist Republics", "苏维埃社会主义共和国联盟"),
    "TA": ("Tristan da Cunha", "特里斯坦-达库尼亚"),
    "UK": ("United Kingdom (use GB)", "联合王国（应使用GB）"),
    "UN": ("United Nations", "联合国"),
    # ISO 3166-1 transitional reservations
    "AN": ("Netherlands Antilles", "荷属安的列斯"),
    "BU": ("Burma", "缅甸（旧代码）"),
    "CS": ("Czechoslovakia / Serbia and Montenegro", "捷克斯洛伐克／塞尔维亚和黑山"),
    "NT": ("Neutral Zone", "中立区"),
    "TP": ("East Timor", "东帝汶（旧代码）"),
    "YU": ("Yugoslavia", "南斯拉夫"),
    "ZR": ("Zaire", "扎伊尔"),
}

EXPECTED_ISO_COUNT = 249
EXPECTED_WIPO_MEMBERS = 193
CODE_RE = re.compile(r"^[A-Z]{2}$")


def load_iso(iso_json, localedir):
    with open(iso_json, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    mo = os.path.join(localedir, "zh_CN", "LC_MESSAGES", "iso_3166-1.mo")
    if not os.path.exists(mo):
        sys.exit("make-st3: missing %s (install iso-codes)" % mo)
    tr = gettext.translation("iso_3166-1", localedir=localedir, languages=["zh_CN"])
    out = {}
    for e in entries:
        code = e["alpha_2"]
        zh = tr.gettext(e["name"])
        if zh == e["name"]:
            sys.exit("make-st3: no zh_CN translation for %s %r" % (code, e["name"]))
        out[code] = (e["name"], zh)
    return out


def build_rows(iso):
    rows = {}
    for code, (en, zh) in iso.items():
        member = "yes" if code in WIPO_MEMBERS else "no"
        rows[code] = (code, "country", member,
                      EN_OVERRIDES.get(code, en), ZH_OVERRIDES.get(code, zh))
    for code, (en, zh) in OFFICES.items():
        if code in rows:
            sys.exit("make-st3: office code %s collides with ISO 3166-1" % code)
        rows[code] = (code, "office", "office", en, zh)
    for code, (en, zh) in RESERVED.items():
        if code in rows:
            sys.exit("make-st3: reserved code %s collides with an assigned code" % code)
        rows[code] = (code, "reserved", "-", en, zh)
    return [rows[c] for c in sorted(rows)]


def validate(iso, rows):
    errors = []
    if len(iso) != EXPECTED_ISO_COUNT:
        errors.append("iso-codes has %d alpha-2 codes, expected %d" % (len(iso), EXPECTED_ISO_COUNT))
    if len(UN_MEMBERS) != 193:
        errors.append("UN_MEMBERS has %d codes, expected 193" % len(UN_MEMBERS))
    for table, name in ((EN_OVERRIDES, "EN_OVERRIDES"), (ZH_OVERRIDES, "ZH_OVERRIDES")):
        for code in sorted(set(table) - set(iso)):
            errors.append("%s has %s, which is not in ISO 3166-1" % (name, code))
    for code in sorted((UN_MEMBERS | WIPO_MEMBERS) - set(iso)):
        errors.append("membership list has %s, which is not in ISO 3166-1" % code)
    members = sum(1 for r in rows if r[2] == "yes")
    if members != EXPECTED_WIPO_MEMBERS:
        errors.append("%d rows with member=yes, expected %d" % (members, EXPECTED_WIPO_MEMBERS))
    seen_zh = {}
    for r in rows:
        if not CODE_RE.match(r[0]):
            errors.append("bad code %r" % r[0])
        for field in r:
            if not field or field != field.strip() or any(ch in field for ch in "\t\r\n"):
                errors.append("bad field %r in row %s" % (field, r[0]))
        if r[1] == "country":
            if r[4] in seen_zh:
                errors.append("zh name %s used by %s and %s" % (r[4], seen_zh[r[4]], r[0]))
            seen_zh[r[4]] = r[0]
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
    table = {r[0]: r for r in rows}
    by_zh = {r[4]: r[0] for r in rows}
    missing, mismatched, ok = [], [], 0
    for line_no, code, before in seed_pairs(path):
        row = table.get(code)
        if row is None:
            missing.append((line_no, code, before))
        elif before.endswith(row[4]):
            ok += 1
        else:
            # longest known zh name at the end of the text, to say what was meant
            meant = ""
            for zh, c in by_zh.items():
                if before.endswith(zh) and len(zh) > len(meant):
                    meant = zh
            mismatched.append((line_no, code, before[-20:], row[4], by_zh.get(meant, "")))
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

    iso = load_iso(args.iso_json, args.localedir)
    rows = build_rows(iso)
    errors = validate(iso, rows)
    if errors:
        for e in errors:
            print("make-st3: " + e, file=sys.stderr)
        sys.exit(1)
    data = render(rows).encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(data)
    counts = {}
    for r in rows:
        counts[(r[1], r[2])] = counts.get((r[1], r[2]), 0) + 1
    print("wrote %s: %d rows (%s)" % (args.out, len(rows),
          ", ".join("%s/%s=%d" % (k, m, n) for (k, m), n in sorted(counts.items()))))
    good = True
    for path in args.check_seed:
        good = check_seed(path, rows) and good
    sys.exit(0 if good else 2)


if __name__ == "__main__":
    main()
