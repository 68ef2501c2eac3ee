#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets under fuzz/corpus/.

    python3 fuzz/make-corpus.py [--cli build/app/metodist-cli]

Every file is generated here and byte for byte the same on every run (fixed
zip time stamps), so the committed corpus is this script's output:

  corpus/fuzz_csv/       CSV as offices write it (UTF-8, UTF-8 BOM, UTF-16 BOM,
                         Windows-1251, quoted multi-line cells, title rows) and
                         hostile CSV (a 1 MiB line of delimiters, a 128 KiB
                         unquoted line, an unclosed quote, ...); fuzz_import
                         reads the same seeds.
  corpus/fuzz_xlsx/      small valid workbooks and hostile ones: a row number
                         of 300 000 000, cells A2147483647, ZZZZZZ7 and a
                         15-letter column, a zip bomb (a 100 MiB sheet of 4 million
                         rows in 250 KB), a part whose zip headers lie about its size,
                         entity expansion, broken containers.
  corpus/fuzz_xlsx_xml/  the same sheets as plain XML for fuzz_xlsx_xml
                         (sheet, NUL, shared strings, NUL, workbook), where
                         mutations reach the XML instead of a deflate stream.
  xlsx.dict              XML tokens for fuzz_xlsx_xml (-dict=).

The .xls and .ods seeds (corpus/fuzz_xls, corpus/fuzz_ods, ods.dict) are
written by corpus_oldsheets.py, which says what they are.

The copies of tests/fixtures are taken as they are; template-teachers.xlsx
(written by libxlsxwriter) is rewritten only with --cli.
"""

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

import corpus_oldsheets

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "corpus")
STAMP = (1980, 1, 1, 0, 0, 0)

HEADER = ["Фамилия", "Имя", "Отчество", "СНИЛС", "Муниципалитет", "Организация", "Должность", "Предмет"]
PEOPLE = [
    ["Иванова", "Мария", "Петровна", "112-233-445 95", "г. Калининград", "МАОУ СОШ № 1", "учитель", "математика"],
    ["Ёлкин", "Пётр", "Ильич", "", "Гурьевский муниципальный округ", "МБОУ «Гимназия № 2»", "учитель", "физика"],
    ["О'Коннор", "Анна-Мария", "", "087-654-321 00", "г. Калининград", "МАОУ лицей № 49", "заместитель директора", "английский язык"],
    ["Щукина", "Юлия", "Эдуардовна", "", "Зеленоградский муниципальный округ", "МБОУ СОШ п. Романово", "учитель", "русский язык"],
]


def write(folder, name, data):
    path = os.path.join(CORPUS, folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def csv_text(rows, delimiter=";", newline="\n"):
    def cell(text):
        if any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text
    return newline.join(delimiter.join(cell(c) for c in row) for row in rows) + newline


def csv_seeds():
    folder = "fuzz_csv"
    rows = [HEADER] + PEOPLE
    write(folder, "teachers-utf8.csv", csv_text(rows).encode("utf-8"))
    write(folder, "teachers-utf8-bom-comma-crlf.csv",
          b"\xef\xbb\xbf" + csv_text(rows, ",", "\r\n").encode("utf-8"))
    write(folder, "teachers-cp1251.csv", csv_text(rows, ";", "\r\n").encode("cp1251"))
    write(folder, "teachers-tab.csv", csv_text(rows, "\t").encode("utf-8"))
    write(folder, "teachers-utf16le-bom-tab.csv", b"\xff\xfe" + csv_text(rows, "\t", "\r\n").encode("utf-16-le"))
    multiline = [HEADER,
                 ["Петров", "Иван", "", "", "г. Калининград", "МАОУ СОШ № 7\nкорпус 2", "учитель", "химия"],
                 ["Сидорова", "Ольга", "", "", "г. Калининград", 'ООО «Школа ""Успех""»', "учитель;\r\nпедагог", ""],
                 ["", "", "", "", "", "", "", ""]]
    write(folder, "teachers-quoted-multiline.csv", csv_text(multiline, ";", "\r\n").encode("utf-8"))
    titled = [["Список педагогов на 01.09.2025"], [""], ["Форма 3", "", ""], HEADER] + PEOPLE[:2]
    write(folder, "teachers-title-rows-cr.csv", csv_text(titled, ";", "\r").encode("utf-8"))
    for name in sorted(os.listdir(os.path.join(ROOT, "tests", "fixtures"))):
        if name.endswith(".csv"):
            shutil.copyfile(os.path.join(ROOT, "tests", "fixtures", name), os.path.join(CORPUS, folder, "fixture-" + name))

    # Hostile: what a reader must survive in bounded time and memory.
    write(folder, "hostile-long-delimiter-line.csv", b";" * (1 << 20) + b"\n")
    write(folder, "hostile-long-unquoted-line.csv",
          ";".join(HEADER).encode("utf-8") + b"\n" + ("Иванова" * 9400).encode("utf-8")[: 128 << 10] + b"\n")
    unclosed = ";".join(HEADER) + "\n" + 'Петров;"Иван\n' + "Сидорова;Ольга;;;г. Калининград;школа;учитель;химия\n" * 200
    write(folder, "hostile-unclosed-quote.csv", unclosed.encode("utf-8"))
    write(folder, "hostile-blank-lines.csv", b"\r\n" * 10000 + ";".join(HEADER).encode("utf-8") + b"\n")
    write(folder, "hostile-quotes-only.csv", b'"' * 16384)
    write(folder, "hostile-bom-then-invalid-utf8.csv", b"\xef\xbb\xbf\xff\xfe\xc0\xaf;\xed\xa0\x80;\xf4\x90\x80\x80\n\xc3")
    write(folder, "hostile-utf16-odd-length.csv", b"\xff\xfe" + "а;б\r\n".encode("utf-16-le") + b"\x00")
    write(folder, "hostile-nul-bytes.csv", b"a;b\x00c;d\n\x00\x00\x00;\"\x00\"\n")


# --- XLSX -----------------------------------------------------------------

CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""
ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook(names):
    sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><sheets>{sheets}</sheets></workbook>'.encode()


def workbook_rels(targets):
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/worksheet" Target="{t}"/>' for i, t in enumerate(targets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>').encode()


def sheet(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>{body}</sheetData></worksheet>'.encode()


def shared_strings(strings):
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'.encode()


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def inline_cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def people_sheet_shared():
    strings = []
    body = ""
    for r, row in enumerate([HEADER] + PEOPLE, start=1):
        cells = ""
        for c, text in enumerate(row):
            if not text:
                continue
            strings.append(text)
            cells += f'<c r="{column_name(c)}{r}" t="s"><v>{len(strings) - 1}</v></c>'
        body += f'<row r="{r}">{cells}</row>'
    return sheet(body), shared_strings(strings)


def people_sheet_inline():
    body = '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Список </t></r><r><rPr><b/></rPr><t>педагогов</t></r>' \
           '<rPh><t>ふりがな</t></rPh></is></c></row>'
    for r, row in enumerate([HEADER] + PEOPLE, start=3):
        body += "<row>" + "".join(inline_cell(f"{column_name(c)}{r}", t) for c, t in enumerate(row) if t) + "</row>"
    return sheet(body)


def typed_sheet():
    return sheet('<row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>0.30000000000000004</v></c><c r="C1"><v>1E+21</v></c>'
                 '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="str"><v>=A1</v></c>'
                 '<c r="G1" t="e"><v>#DIV/0!</v></c><c r="H1"><v>11223344595</v></c><c r="I1"><v>-0</v></c></row>'
                 '<row r="3"><c><v>1</v></c><c><v>2</v></c><c r="E3"><v>5</v></c><c><v>6</v></c></row>')


def xlsx(parts, stored=False):
    """The zip of an xlsx: a list of (name, bytes)."""
    with tempfile.TemporaryFile() as f:
        with zipfile.ZipFile(f, "w") as z:
            for name, data in parts:
                info = zipfile.ZipInfo(name, STAMP)
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                z.writestr(info, data, compresslevel=9)
        f.seek(0)
        return f.read()


def workbook_parts(sheets, strings=None, names=None, targets=None):
    names = names or [f"Лист{i + 1}" for i in range(len(sheets))]
    targets = targets or [f"worksheets/sheet{i + 1}.xml" for i in range(len(sheets))]
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook(names)), ("xl/_rels/workbook.xml.rels", workbook_rels(targets))]
    for i, data in enumerate(sheets):
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", data))
    if strings is not None:
        parts.append(("xl/sharedStrings.xml", strings))
    return parts


def bomb(sheet_bytes_target):
    """A workbook whose one sheet inflates to about sheet_bytes_target bytes:
    a row with one number, repeated, which deflate squeezes about 400 times
    (about a million rows in every 25 MiB)."""
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>'.encode()
    tail = b"</sheetData></worksheet>"
    row = b"<row><c><v>1</v></c></row>"
    repeats = (sheet_bytes_target - len(head) - len(tail)) // len(row)
    with tempfile.TemporaryFile() as f:
        with zipfile.ZipFile(f, "w", compresslevel=9) as z:
            for name, data in workbook_parts([b""])[:-1]:
                info = zipfile.ZipInfo(name, STAMP)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data, compresslevel=9)
            info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.file_size = len(head) + repeats * len(row) + len(tail)
            info._compresslevel = 9  # ZipFile.open() would leave a ZipInfo at zlib's default 6
            with z.open(info, "w") as part:
                part.write(head)
                block = row * 4096
                left = repeats
                while left >= 4096:
                    part.write(block)
                    left -= 4096
                part.write(row * left)
                part.write(tail)
        f.seek(0)
        return f.read(), info.file_size


def lie_about_size(data, name, claimed):
    """Rewrites the uncompressed size of one entry in both zip headers."""
    out = bytearray(data)
    encoded = name.encode()
    position = 0
    while True:
        position = out.find(b"PK\x03\x04", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", out, position + 26)[0]
        if out[position + 30:position + 30 + name_length] == encoded:
            struct.pack_into("<I", out, position + 22, claimed)
        position += 4
    position = 0
    while True:
        position = out.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", out, position + 28)[0]
        if out[position + 46:position + 46 + name_length] == encoded:
            struct.pack_into("<I", out, position + 24, claimed)
        position += 4
    return bytes(out)


# The hostile sheets, also fed as XML to fuzz_xlsx_xml.
HOSTILE_SHEETS = {
    "row-300000000": sheet('<row r="1">' + inline_cell("A1", "Фамилия") + '</row><row r="300000000">'
                           + '<c t="inlineStr"><is><t>Иванова</t></is></c></row>'),
    "cell-A2147483647": sheet('<row r="1">' + inline_cell("A1", "Фамилия") + "</row>"
                              + '<row>' + inline_cell("A2147483647", "Иванова") + "</row>"),
    "cell-ZZZZZZ7": sheet('<row r="7">' + inline_cell("ZZZZZZ7", "Иванова") + "</row>"),
    "cell-15-letter-column": sheet('<row r="1">' + inline_cell("AAAAAAAAAAAAAAA1", "Иванова") + "</row>"),
    "cell-row-beyond-int": sheet('<row r="99999999999">' + inline_cell("B99999999999", "x") + "</row>"
                                 + '<row r="-5">' + inline_cell("A-5", "y") + '</row><row r="0">'
                                 + inline_cell("A0", "z") + "</row>"),
    "row-1048576": sheet('<row r="1">' + inline_cell("A1", "Фамилия") + '</row><row r="1048576">'
                         + inline_cell("XFD1048576", "последняя клетка листа") + "</row>"),
    "shared-string-index-out-of-range": sheet('<row r="1"><c r="A1" t="s"><v>4294967296</v></c>'
                                              '<c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>2147483647</v></c>'
                                              '<c r="D1" t="s"><v>1e9</v></c></row>'),
    "entity-expansion": ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY a "ааааааааааааааааааааааа">'
                         + "".join(f'<!ENTITY {chr(98 + i)} "' + ("&" + chr(97 + i) + ";") * 10 + '">' for i in range(8))
                         + f']>\n<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c>'
                         + "</row></sheetData></worksheet>").encode(),
    "deep-nesting": sheet('<row r="1"><c r="A1" t="inlineStr"><is>' + "<r>" * 5000 + "<t>x</t>" + "</r>" * 5000
                          + "</is></c></row>"),
}


def xlsx_seeds():
    folder = "fuzz_xlsx"
    body, strings = people_sheet_shared()
    write(folder, "teachers-shared-strings.xlsx", xlsx(workbook_parts([body], strings)))
    write(folder, "teachers-inline-rich-text.xlsx", xlsx(workbook_parts([people_sheet_inline()])))
    write(folder, "typed-cells.xlsx", xlsx(workbook_parts([typed_sheet()])))
    write(folder, "two-sheets-absolute-target.xlsx",
          xlsx(workbook_parts([typed_sheet(), body], strings, names=["Сводка", "Педагоги"],
                              targets=["/xl/worksheets/sheet1.xml", "worksheets/sheet2.xml"])))
    write(folder, "teachers-stored.xlsx", xlsx(workbook_parts([body], strings), stored=True))
    shutil.copyfile(os.path.join(ROOT, "tests", "fixtures", "methodists_libreoffice.xlsx"),
                    os.path.join(CORPUS, folder, "fixture-methodists_libreoffice.xlsx"))

    for name, data in HOSTILE_SHEETS.items():
        write(folder, f"hostile-{name}.xlsx", xlsx(workbook_parts([data])))
    data, size = bomb(100 << 20)
    write(folder, "hostile-zip-bomb-100MiB.xlsx", data)
    print(f"zip bomb: a {size} byte sheet in {len(data)} bytes", file=sys.stderr)
    small, _ = bomb(8 << 20)
    write(folder, "hostile-zip-size-lies.xlsx", lie_about_size(small, "xl/worksheets/sheet1.xml", 4096))
    valid = xlsx(workbook_parts([body], strings))
    write(folder, "hostile-truncated.xlsx", valid[: len(valid) // 2])
    write(folder, "hostile-not-a-zip.xlsx", csv_text([HEADER] + PEOPLE).encode("utf-8"))
    write(folder, "hostile-empty.xlsx", b"")
    write(folder, "hostile-no-workbook.xlsx", xlsx([("xl/worksheets/sheet1.xml", body)]))
    write(folder, "hostile-sheet-target-missing.xlsx",
          xlsx(workbook_parts([body], strings, targets=["../../../../etc/passwd"])))


def xml_seeds():
    folder = "fuzz_xlsx_xml"
    body, strings = people_sheet_shared()
    write(folder, "teachers-shared-strings.xml", body + b"\0" + strings)
    write(folder, "teachers-inline-rich-text.xml", people_sheet_inline())
    write(folder, "typed-cells.xml", typed_sheet())
    write(folder, "two-sheets.xml", typed_sheet() + b"\0" + strings + b"\0" + workbook(["Сводка", "Педагоги"]))
    for name, data in HOSTILE_SHEETS.items():
        write(folder, f"hostile-{name}.xml", data)
    tokens = ['<row', '</row>', '<row r="', '<c r="', '</c>', '<c', ' t="s"', ' t="inlineStr"', ' t="b"', ' t="str"',
              ' t="e"', '<v>', '</v>', '<is>', '</is>', '<t>', '</t>', '<r>', '</r>', '<rPh>', '<si>', '</si>',
              '<sheetData>', '</sheetData>', '<sheet name="', ' r:id="rId1"', ' r:id="rId2"', '<sst>',
              'A1', 'ZZ', 'XFD', '1048576', '2147483647', '4294967296', '-1', '1E+21', '&amp;', '&#x0;', '<![CDATA[',
              '<!DOCTYPE', '<!ENTITY', '"']
    with open(os.path.join(HERE, "xlsx.dict"), "w", encoding="utf-8") as f:
        f.write("# XML tokens of SpreadsheetML for fuzz_xlsx_xml (libFuzzer -dict=), written by make-corpus.py\n")
        for token in tokens:
            f.write('"' + token.replace("\\", "\\\\").replace('"', '\\"') + '"\n')


def template_seed(cli):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "template.xlsx")
        subprocess.run([cli, "template", "teachers", path], check=True, stdout=subprocess.DEVNULL)
        with open(path, "rb") as f:
            write("fuzz_xlsx", "template-teachers.xlsx", f.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", help="metodist-cli, to rewrite template-teachers.xlsx with libxlsxwriter")
    args = parser.parse_args()
    template = os.path.join(CORPUS, "fuzz_xlsx", "template-teachers.xlsx")
    keep = None
    if not args.cli and os.path.exists(template):
        with open(template, "rb") as f:
            keep = f.read()
    for folder in ("fuzz_csv", "fuzz_xlsx", "fuzz_xlsx_xml"):
        shutil.rmtree(os.path.join(CORPUS, folder), ignore_errors=True)
    csv_seeds()
    xlsx_seeds()
    xml_seeds()
    corpus_oldsheets.write_all(write, CORPUS, os.path.join(ROOT, "tests", "fixtures"), HERE)
    if args.cli:
        template_seed(args.cli)
    elif keep is not None:
        write("fuzz_xlsx", "template-teachers.xlsx", keep)
    total = 0
    for folder in sorted(os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, folder))
        size = sum(os.path.getsize(os.path.join(CORPUS, folder, f)) for f in files)
        total += size
        print(f"{folder}: {len(files)} files, {size} bytes", file=sys.stderr)
    print(f"corpus: {total} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
