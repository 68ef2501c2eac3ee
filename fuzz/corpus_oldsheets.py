"""Seeds of fuzz_xls and fuzz_ods, for make-corpus.py.

  corpus/fuzz_xls/   Excel 97 workbooks written here record by record (a small
                     BIFF8 writer in a compound file of 512- or 4096-byte
                     sectors, or in the mini stream): strings, numbers, dates,
                     formulas with number, text and boolean results, booleans
                     and errors, two sheets; the fixture of tests/fixtures as
                     LibreOffice wrote it; hostile ones for every budget and
                     every place where FreeXL 1.0.6 would read past its buffers
                     or loop (see core/documents/XlsPreflight.h).
  corpus/fuzz_ods/   content.xml of OpenDocument spreadsheets (the harness packs
                     it), the fixture .ods, and hostile ones: a million
                     repeated columns and rows, text repeated beyond a sheet,
                     entity expansion, a zip bomb.
  ods.dict           XML tokens of OpenDocument for fuzz_ods (-dict=).
"""

import io
import math
import os
import shutil
import struct
import zipfile

STAMP = (1980, 1, 1, 0, 0, 0)
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD

TEACHERS = [
    ["№", "Фамилия", "Имя", "Отчество", "СНИЛС", "Муниципалитет", "Стаж", "Дата рождения"],
    [1, "Иванова", "Мария", "Петровна", "112-233-445 95", "г. Калининград", 12, ("date", 29358)],
    [("formula", 2), "Ёлкин", "Пётр", "Ильич", 11223344595, "Гурьевский муниципальный округ", 3, ("date", 34640)],
    [("formula", 3), "О'Коннор", "Анна-Мария", ("formula-text", "—"), "", "г. Калининград", ("bool", True),
     ("error", 0x2A)],
]


def u8(v):
    return struct.pack("<B", v)


def u16(v):
    return struct.pack("<H", v)


def u32(v):
    return struct.pack("<I", v)


def record(kind, payload=b""):
    return u16(kind) + u16(len(payload)) + payload


def wide(text):
    """XLUnicodeString of BIFF8: count, flags (wide), UTF-16."""
    return u16(len(text)) + b"\x01" + text.encode("utf-16-le")


def rk_int(value):
    return u32(((value << 2) | 2) & 0xFFFFFFFF)


def bof(kind):
    return record(0x0809, u16(0x0600) + u16(kind) + u16(0x0DBB) + u16(0x07CC) + u32(0) + u32(6))


# XF 16: a date (custom DD.MM.YYYY), 17: built-in date 14, 18: built-in date
# and time 22, 19: a custom number format of a СНИЛС (not a date), 20: time.
XF_DATE, XF_BUILTIN_DATE, XF_DATETIME, XF_SNILS, XF_TIME = 16, 17, 18, 19, 20


def globals_records(sheet_names, strings, extra=b"", formats=None, xfs=None, xf_size=20):
    out = [bof(0x0005), record(0x0042, u16(1200)), record(0x0022, u16(0))]
    for index, text in (formats if formats is not None else [(164, "DD.MM.YYYY"), (165, "000-000-000 00")]):
        out.append(record(0x041E, u16(index) + u16(len(text)) + b"\x00" + text.encode("latin-1")))
    for fmt in (xfs if xfs is not None else [0] * 16 + [164, 14, 22, 165, 21]):
        out.append(record(0x00E0, (u16(0) + u16(fmt) + bytes(16))[:xf_size]))
    out.append(extra)
    for name in sheet_names:
        out.append(record(0x0085, u32(0) + b"\x00\x00" + u8(len(name)) + b"\x01" + name.encode("utf-16-le")))
    if strings is not None:
        out.append(record(0x00FC, u32(len(strings)) + u32(len(strings)) + b"".join(wide(s) for s in strings)))
    out.append(record(0x000A))
    return out


def workbook_stream(sheets, strings=None, extra=b"", formats=None, xfs=None, xf_size=20):
    """sheets: [(name, [records between BOF and EOF])]; the BOUNDSHEET offsets filled in."""
    names = [name for name, _ in sheets]
    head = globals_records(names, strings, extra, formats, xfs, xf_size)
    bodies = [bof(0x0010) + b"".join(body) + record(0x000A) for _, body in sheets]
    offset = len(b"".join(head))
    sheet_index = 0
    for i, rec in enumerate(head):
        if rec[:2] == u16(0x0085):
            head[i] = rec[:4] + u32(offset) + rec[8:]
            offset += len(bodies[sheet_index])
            sheet_index += 1
    return b"".join(head) + b"".join(bodies)


def dimension(rows, columns):
    return record(0x0200, u32(0) + u32(rows) + u16(0) + u16(columns) + u16(0))


def cells_of(rows, strings):
    """Records of a grid of values (see TEACHERS), strings into the SST list."""
    out = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            where = u16(r) + u16(c)
            if value == "" or value is None:
                continue
            if isinstance(value, str):
                if value not in strings:
                    strings.append(value)
                out.append(record(0x00FD, where + u16(15) + u32(strings.index(value))))
            elif isinstance(value, bool):
                out.append(record(0x0205, where + u16(15) + u8(int(value)) + u8(0)))
            elif isinstance(value, int) and value < (1 << 29):
                out.append(record(0x027E, where + u16(15) + rk_int(value)))
            elif isinstance(value, (int, float)):
                out.append(record(0x0203, where + u16(XF_SNILS) + struct.pack("<d", value)))
            elif value[0] == "date":
                out.append(record(0x027E, where + u16(XF_DATE) + rk_int(value[1])))
            elif value[0] == "bool":
                out.append(record(0x0205, where + u16(15) + u8(int(value[1])) + u8(0)))
            elif value[0] == "error":
                out.append(record(0x0205, where + u16(15) + u8(value[1]) + u8(1)))
            elif value[0] == "formula":  # a number, cached
                out.append(record(0x0006, where + u16(15) + struct.pack("<d", value[1]) + u16(0) + u32(0)
                                  + u16(3) + b"\x1e" + u16(value[1])))
            elif value[0] == "formula-text":  # text, cached in the STRING record after it
                out.append(record(0x0006, where + u16(15) + b"\x00\x00\x00\x00\x00\x00\xff\xff" + u16(0) + u32(0)
                                  + u16(3) + b"\x17" + u16(0)))
                out.append(record(0x0207, wide(value[1])))
    return out


def compound(stream, sector_size=512, name="Workbook", patch=None):
    """A compound file holding one stream, its sectors first, then the
    allocation table, then the directory. patch(layout, fat, header) may
    change the table and the header before they are written."""
    n = max(1, math.ceil(len(stream) / sector_size))
    per = sector_size // 4
    fat_sectors = 1
    while n + fat_sectors + 1 > per * fat_sectors:
        fat_sectors += 1
    fat = [FREE] * (per * fat_sectors)
    for i in range(n):
        fat[i] = i + 1 if i + 1 < n else END_OF_CHAIN
    for i in range(fat_sectors):
        fat[n + i] = FAT_SECTOR
    directory = n + fat_sectors
    fat[directory] = END_OF_CHAIN
    header = {"shift": 9 if sector_size == 512 else 12, "fat_sectors": fat_sectors, "directory": directory,
              "cutoff": 4096, "mini_start": END_OF_CHAIN, "mini_count": 0, "difat_start": END_OF_CHAIN,
              "difat_count": 0, "difat": [n + i for i in range(fat_sectors)] + [FREE] * (109 - fat_sectors)}
    entries = [("Root Entry", 5, END_OF_CHAIN, 0), (name, 2, 0, len(stream))]
    layout = {"sectors": n, "entries": entries, "extra": b""}
    if patch:
        patch(layout, fat, header)
    head = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + u16(0x3E) + u16(3 if sector_size == 512 else 4)
            + u16(0xFFFE) + u16(header["shift"]) + u16(6) + bytes(6) + u32(0) + u32(header["fat_sectors"])
            + u32(header["directory"]) + u32(0) + u32(header["cutoff"]) + u32(header["mini_start"])
            + u32(header["mini_count"]) + u32(header["difat_start"]) + u32(header["difat_count"])
            + b"".join(u32(v) for v in header["difat"]))
    head = head.ljust(sector_size, b"\x00")
    body = stream.ljust(n * sector_size, b"\x00")
    table = b"".join(u32(v) for v in fat)
    dir_sector = b""
    for entry_name, kind, start, size in layout["entries"]:
        encoded = (entry_name + "\x00").encode("utf-16-le")
        dir_sector += (encoded.ljust(64, b"\x00")[:64] + u16(len(encoded)) + u8(kind) + u8(1) + u32(FREE) + u32(FREE)
                       + u32(1 if kind == 5 else FREE) + bytes(16) + u32(0) + bytes(16) + u32(start) + u32(size)
                       + u32(0))
    dir_sector = dir_sector.ljust(sector_size, b"\x00")
    return head + body + table + dir_sector + layout["extra"]


def teachers_workbook(strings_out=None):
    strings = []
    people = cells_of(TEACHERS, strings)
    second = cells_of([["Сводка"], ["Всего", 3]], strings)
    if strings_out is not None:
        strings_out.extend(strings)
    return workbook_stream([("Педагоги", [dimension(len(TEACHERS), len(TEACHERS[0]))] + people),
                            ("Сводка", [dimension(2, 2)] + second)], strings)


def mini_stream_file(stream):
    """The workbook in the mini stream (under 4096 bytes), as small files are kept."""
    mini = stream.ljust(math.ceil(len(stream) / 64) * 64, b"\x00")
    n = math.ceil(len(mini) / 512)
    container = mini.ljust(n * 512, b"\x00")
    # sectors: 0..n-1 the mini stream, n the mini FAT, n+1 the FAT, n+2 the directory
    fat = [FREE] * 128
    for i in range(n):
        fat[i] = i + 1 if i + 1 < n else END_OF_CHAIN
    fat[n] = END_OF_CHAIN
    fat[n + 1] = FAT_SECTOR
    fat[n + 2] = END_OF_CHAIN
    mini_fat = [FREE] * 128
    count = len(mini) // 64
    for i in range(count):
        mini_fat[i] = i + 1 if i + 1 < count else END_OF_CHAIN
    head = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + u16(0x3E) + u16(3) + u16(0xFFFE) + u16(9) + u16(6)
            + bytes(6) + u32(0) + u32(1) + u32(n + 2) + u32(0) + u32(4096) + u32(n) + u32(1) + u32(END_OF_CHAIN)
            + u32(0) + u32(n + 1) + b"".join(u32(FREE) for _ in range(108)))
    entries = b""
    for entry_name, kind, start, size in (("Root Entry", 5, 0, len(mini)), ("Workbook", 2, 0, len(stream))):
        encoded = (entry_name + "\x00").encode("utf-16-le")
        entries += (encoded.ljust(64, b"\x00") + u16(len(encoded)) + u8(kind) + u8(1) + u32(FREE) + u32(FREE)
                    + u32(1 if kind == 5 else FREE) + bytes(16) + u32(0) + bytes(16) + u32(start) + u32(size)
                    + u32(0))
    return (head.ljust(512, b"\x00") + container + b"".join(u32(v) for v in mini_fat)
            + b"".join(u32(v) for v in fat) + entries.ljust(512, b"\x00"))


def xls_seeds(write, fixtures):
    folder = "fuzz_xls"
    stream = teachers_workbook()
    write(folder, "teachers-typed.xls", compound(stream))
    write(folder, "teachers-4096-sectors.xls", compound(stream, 4096))
    write(folder, "teachers-book-biff-name.xls", compound(stream, name="Book"))
    write(folder, "teachers-mini-stream.xls", mini_stream_file(stream))
    with open(os.path.join(fixtures, "teachers_old_formats.xls"), "rb") as f:
        write(folder, "teachers-libreoffice.xls", f.read())

    def sheet(body, strings=None, **kwargs):
        return compound(workbook_stream([("Лист1", body)], strings, **kwargs))

    # FreeXL allocates 16 bytes for every cell of every sheet's declared range.
    write(folder, "hostile-dimension-65536x256.xls", sheet([dimension(65536, 256)]))
    write(folder, "hostile-dimension-4G-rows.xls", sheet([dimension(0xFFFFFFFF, 0xFFFF)]))
    many = [(f"Лист{i}", [dimension(65536, 4)]) for i in range(40)]
    write(folder, "hostile-dimension-40-sheets.xls", compound(workbook_stream(many)))
    write(folder, "hostile-undeclared-dimension.xls",
          sheet([record(0x027E, u16(65535) + u16(255) + u16(15) + rk_int(1))]))
    write(folder, "hostile-dimension-short-record.xls", sheet([record(0x0200, u16(7))]))
    # FreeXL counts a date's days one by one.
    dates = [record(0x00BD, u16(r) + u16(0) + (u16(XF_DATE) + rk_int((1 << 29) - 1)) * 200 + u16(199))
             for r in range(20)]
    write(folder, "hostile-date-bomb.xls", sheet([dimension(20, 200)] + dates))
    write(folder, "hostile-date-nan.xls",
          sheet([dimension(1, 1), record(0x0203, u16(0) + u16(0) + u16(XF_DATETIME) + struct.pack("<d", math.nan))]))
    # Text past the end of its record, which FreeXL would read beyond its buffer.
    write(folder, "hostile-label-past-record.xls",
          sheet([dimension(1, 1), record(0x0204, u16(0) + u16(0) + u16(15) + u16(60000) + b"\x01" + "ab".encode("utf-16-le"))]))
    write(folder, "hostile-format-past-record.xls",
          sheet([dimension(1, 1)], formats=[(164, "DD")], extra=record(0x041E, u16(166) + u16(40000) + b"\x01ab")))
    cut = record(0x00FC, u32(2) + u32(2) + wide("первая") + u16(5))  # a string header cut by the record's end
    write(folder, "hostile-sst-header-cut.xls", sheet([dimension(1, 1)], None, extra=cut))
    long_text = "ы" * 6000  # wide, 12 000 bytes: over two records
    first = u32(1) + u32(1) + u16(len(long_text)) + b"\x01" + long_text.encode("utf-16-le")[:8000]
    rest = long_text.encode("utf-16-le")[8000:]
    spanning = record(0x00FC, first) + record(0x003C, b"\x01" + rest[:2000]) + record(0x003C, b"\x01" + rest[2000:])
    write(folder, "hostile-sst-text-over-three-records.xls", sheet([dimension(1, 1)], None, extra=spanning))
    skip = u32(2) + u32(2) + u16(2) + b"\x09" + u16(60000) + "аб".encode("utf-16-le")  # 60 000 runs to skip
    write(folder, "hostile-sst-skip-past-next-record.xls",
          sheet([dimension(1, 1)], None, extra=record(0x00FC, skip) + record(0x003C, b"\x00" * 16)))
    write(folder, "hostile-sst-count-2G.xls",
          sheet([dimension(1, 1)], None, extra=record(0x00FC, u32(0x7FFFFFFF) + u32(0x7FFFFFFF) + wide("а"))))
    write(folder, "hostile-sst-phonetic.xls",
          sheet([dimension(1, 1)], None, extra=record(0x00FC, u32(1) + u32(1) + u16(1) + b"\x05" + u32(0xFFFF)
                                                          + "а".encode("utf-16-le"))))
    write(folder, "hostile-9000-formats.xls", sheet([dimension(1, 1)], xfs=[0] * 9000, xf_size=4))
    write(folder, "hostile-password.xls", sheet([dimension(1, 1)], extra=record(0x002F, u16(1) + bytes(52))))
    write(folder, "hostile-4100-sheets.xls", compound(workbook_stream([("S", []) for _ in range(4100)])))
    # What makes FreeXL leak or fail: a range declared twice (found by
    # fuzz_xls: a leak of the first grid), a cell outside the range, a cell
    # written twice, a chart embedded in a sheet (FreeXL stops at its EOF).
    label = record(0x0204, u16(0) + u16(0) + u16(15) + u16(1) + b"\x00a")
    write(folder, "hostile-dimension-twice.xls", sheet([dimension(2, 8), dimension(2, 8), label]))
    write(folder, "hostile-cell-outside-range.xls",
          sheet([dimension(1, 1), record(0x0204, u16(5) + u16(0) + u16(15) + u16(1) + b"\x00a")]))
    write(folder, "hostile-cell-twice.xls", sheet([dimension(1, 1), label, label]))
    chart = bof(0x0020) + record(0x000A)
    write(folder, "hostile-embedded-chart.xls", sheet([dimension(1, 1), label, chart]))
    # A sheet without a range before the last: FreeXL gives its grid to the
    # last sheet, emptying it. In the mini stream, behind a zero record, where
    # FreeXL reads on (found by fuzz_xls: the preflight stopped there).
    two = [("Пустой", []), ("Данные", [dimension(1, 1), record(0x00FD, bytes(6) + u32(0))])]
    write(folder, "hostile-sheet-without-range-first.xls", compound(workbook_stream(two, ["а"])))
    write(folder, "hostile-mini-stream-zero-record.xls",
          mini_stream_file(workbook_stream(two, ["а"], extra=record(0x0000))))

    # The compound file: chains in a circle, tables repeated, streams larger than the file.
    def loop(layout, fat, header):
        fat[layout["sectors"] - 1] = 0

    write(folder, "hostile-chain-loop.xls", compound(stream, patch=loop))

    def loop_of_4G(layout, fat, header):  # found by fuzz_xls: the preflight itself read on for 4 GB
        loop(layout, fat, header)
        layout["entries"][1] = ("Workbook", 2, 0, 0xFFFFFF00)

    write(folder, "hostile-chain-loop-4G-stream.xls", compound(stream, patch=loop_of_4G))

    def chain_past_size(layout, fat, header):
        layout["entries"][1] = ("Workbook", 2, 0, 100)

    write(folder, "hostile-chain-longer-than-stream.xls", compound(stream, patch=chain_past_size))

    def difat_loop(layout, fat, header):
        sector = layout["sectors"] + header["fat_sectors"] + 1
        header["difat_start"] = sector
        header["difat_count"] = 0xFFFFFFFF
        layout["extra"] = b"".join(u32(FREE) for _ in range(127)) + u32(sector)

    write(folder, "hostile-difat-loop.xls", compound(stream, patch=difat_loop))

    def same_fat_sector(layout, fat, header):
        header["difat"] = [layout["sectors"]] * 109

    write(folder, "hostile-fat-sector-109-times.xls", compound(stream, patch=same_fat_sector))

    def huge_root(layout, fat, header):
        header["mini_count"] = 1
        header["mini_start"] = 1
        layout["entries"][0] = ("Root Entry", 5, 0, 0xFFFFFFF0)
        layout["entries"][1] = ("Workbook", 2, 0, 100)

    write(folder, "hostile-mini-root-4G.xls", compound(stream, patch=huge_root))

    def long_name(layout, fat, header):
        layout["entries"][0] = ("Root Entry" + "x" * 40, 5, END_OF_CHAIN, 0)

    write(folder, "hostile-directory-name-too-long.xls", compound(stream, patch=long_name))

    def no_workbook(layout, fat, header):
        layout["entries"][1] = ("WordDocument", 2, 0, len(stream))

    write(folder, "hostile-word-document.xls", compound(stream, patch=no_workbook))

    valid = compound(stream)
    write(folder, "hostile-truncated.xls", valid[: len(valid) // 2])
    write(folder, "hostile-header-only.xls", valid[:512])
    write(folder, "hostile-empty.xls", b"")
    write(folder, "hostile-html-table.xls",
          "<html><body><table><tr><td>Фамилия</td></tr></table></body></html>".encode("utf-8"))
    write(folder, "hostile-biff-garbage.xls", compound(bytes((i * 151 + 7) % 256 for i in range(6000))))
    with open(os.path.join(fixtures, "teachers_old_formats.xlsx"), "rb") as f:
        write(folder, "xlsx-named-xls.xls", f.read())


# --- ODS -------------------------------------------------------------------

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')


def content(tables):
    body = "".join(f'<table:table table:name="{name}">{rows}</table:table>' for name, rows in tables)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS} office:version="1.2">'
            f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>'
            f'</office:document-content>').encode("utf-8")


def text_cell(text, repeat=None):
    attr = f' table:number-columns-repeated="{repeat}"' if repeat else ""
    paragraphs = "".join(f"<text:p>{p}</text:p>" for p in text.split("\n"))
    return f'<table:table-cell office:value-type="string"{attr}>{paragraphs}</table:table-cell>'


def row(cells, repeat=None):
    attr = f' table:number-rows-repeated="{repeat}"' if repeat else ""
    return f"<table:table-row{attr}>{''.join(cells)}</table:table-row>"


EMPTY_TAIL = row(['<table:table-cell table:number-columns-repeated="1024"/>'], 1048570)


def ods_zip(content_xml, mimetype="application/vnd.oasis.opendocument.spreadsheet"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        info = zipfile.ZipInfo("mimetype", STAMP)
        z.writestr(info, mimetype)
        info = zipfile.ZipInfo("content.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, content_xml, compresslevel=9)
    return buffer.getvalue()


def ods_seeds(write, fixtures, here):
    folder = "fuzz_ods"
    header = row([text_cell(h) for h in ["Фамилия", "Имя", "СНИЛС", "Стаж", "Дата", "Время", "Да/нет", "Доля"]])
    typed = row([text_cell("Иванова"), text_cell("Мария"), text_cell("112-233-445 95"),
                 '<table:table-cell office:value-type="float" office:value="12"><text:p>12</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="date" office:date-value="2025-03-25T10:30:00">'
                 '<text:p>25.03.2025</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="time" office:time-value="PT10H30M05S"/>',
                 '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>',
                 '<table:table-cell office:value-type="percentage" office:value="0.15"/>'])
    spaced = row(['<table:table-cell><text:p>Ёлкин<text:s text:c="3"/>Пётр<text:tab/>Ильич<text:line-break/>'
                  '<text:span>учитель</text:span></text:p><office:annotation><text:p>заметка</text:p>'
                  '</office:annotation><draw:frame><draw:text-box><text:p>рисунок</text:p></draw:text-box>'
                  '</draw:frame></table:table-cell>',
                  '<table:covered-table-cell/>', text_cell("две\nстроки"),
                  '<table:table-cell office:value-type="currency" office:value="1E+21"/>'])
    nested = row(['<table:table-cell><table:table table:name="вложенная"><table:table-row>'
                  '<table:table-cell><text:p>внутри</text:p></table:table-cell></table:table-row></table:table>'
                  '<text:p>снаружи</text:p></table:table-cell>'])
    grouped = f"<table:table-header-rows>{header}</table:table-header-rows><table:table-row-group>{typed}" \
              f"{row([])}{spaced}{nested}</table:table-row-group>{EMPTY_TAIL}"
    write(folder, "teachers-typed.xml", content([("Педагоги", grouped), ("Сводка", row([text_cell("Всего")]))]))
    write(folder, "teachers-repeated-row.xml",
          content([("Лист1", header + row([text_cell("одно и то же"), text_cell("x", 3)], 5) + EMPTY_TAIL)]))
    with open(os.path.join(fixtures, "teachers_old_formats.ods"), "rb") as f:
        write(folder, "teachers-libreoffice.ods", f.read())
    write(folder, "teachers-zip.ods", ods_zip(content([("Лист1", header + typed)])))

    write(folder, "hostile-columns-repeated-million.xml",
          content([("Лист1", row([text_cell("а"), '<table:table-cell table:number-columns-repeated="1048576"/>',
                                   text_cell("за краем")]))]))
    write(folder, "hostile-text-repeated-beyond-columns.xml",
          content([("Лист1", row([text_cell("а", 20000)]))]))
    write(folder, "hostile-long-text-repeated.xml", content([("Лист1", row([text_cell("б" * 1000, 16000)]))]))
    write(folder, "hostile-rows-repeated-beyond-sheet.xml",
          content([("Лист1", row([text_cell("а")], 2000000))]))
    write(folder, "hostile-rows-repeated-2-to-40.xml",
          content([("Лист1", row([], 1 << 40) + row([text_cell("после")]))]))
    write(folder, "hostile-repeat-not-a-number.xml",
          content([("Лист1", row([text_cell("а", "-5")]) + row([text_cell("б")], "1e9"))]))
    write(folder, "hostile-spaces-billion.xml",
          content([("Лист1", row(['<table:table-cell><text:p><text:s text:c="1000000000"/></text:p></table:table-cell>']))]))
    deep = "<text:span>" * 2000 + "глубоко" + "</text:span>" * 2000
    write(folder, "hostile-deep-spans.xml",
          content([("Лист1", row([f"<table:table-cell><text:p>{deep}</text:p></table:table-cell>"]))]))
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ааааааааааа"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
              f'<office:document-content {ODS_NS}><office:body><office:spreadsheet><table:table table:name="x">'
              '<table:table-row><table:table-cell><text:p>&d;&d;&d;&d;&d;&d;&d;&d;</text:p></table:table-cell>'
              '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
    write(folder, "hostile-entity-expansion.xml", laughs.encode("utf-8"))
    write(folder, "hostile-no-table.xml", content([]))
    write(folder, "hostile-unclosed.xml", content([("Лист1", header)])[:-60])
    write(folder, "hostile-not-a-spreadsheet.ods",
          ods_zip(b"<x/>", "application/vnd.oasis.opendocument.text"))
    # About 30 MiB of empty rows with text in the last: refused for its ratio.
    empty_row = b"<table:table-row><table:table-cell/></table:table-row>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", STAMP), "application/vnd.oasis.opendocument.spreadsheet")
        info = zipfile.ZipInfo("content.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as part:
            part.write(content([("Лист1", "@")]).split(b"@")[0])
            block = empty_row * 20000
            for _ in range((30 << 20) // len(block)):
                part.write(block)
            part.write(row([text_cell("последняя")]).encode() + content([("Лист1", "@")]).split(b"@")[1])
    write(folder, "hostile-zip-bomb-30MiB.ods", buffer.getvalue())

    tokens = ["<table:table-row", "</table:table-row>", "<table:table-cell", "</table:table-cell>",
              "<table:covered-table-cell/>", ' table:number-columns-repeated="', ' table:number-rows-repeated="',
              '<table:table table:name="', "</table:table>", "<text:p>", "</text:p>", '<text:s text:c="',
              "<text:tab/>", "<text:line-break/>", "<text:span>", "<office:annotation>", "</office:annotation>",
              ' office:value-type="float"', ' office:value-type="date"', ' office:value-type="string"',
              ' office:value-type="boolean"', ' office:value-type="time"', ' office:value="', ' office:date-value="',
              ' office:time-value="', ' office:boolean-value="', ' office:string-value="', "1048576", "16384",
              "4294967296", "PT10H30M00S", "2025-03-25T10:30:00", "<!ENTITY", '"']
    with open(os.path.join(here, "ods.dict"), "w", encoding="utf-8") as f:
        f.write("# XML tokens of OpenDocument for fuzz_ods (libFuzzer -dict=), written by make-corpus.py\n")
        for token in tokens:
            f.write('"' + token.replace("\\", "\\\\").replace('"', '\\"') + '"\n')


def write_all(write, corpus, fixtures, here):
    for folder in ("fuzz_xls", "fuzz_ods"):
        shutil.rmtree(os.path.join(corpus, folder), ignore_errors=True)
    xls_seeds(write, fixtures)
    ods_seeds(write, fixtures, here)
