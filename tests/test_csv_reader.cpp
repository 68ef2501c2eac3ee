#include <catch2/catch.hpp>

#include "documents/CsvReader.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

using metodist::CsvReader;
using metodist::CsvTable;

namespace {

CsvTable readOk(const QByteArray &bytes)
{
    const auto table = CsvReader::read(bytes);
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == table->lineNumbers.size());
    return table.value();
}

QStringList cells(std::initializer_list<const char16_t *> texts)
{
    QStringList list;
    for (const char16_t *text : texts)
        list.append(QString::fromUtf16(text));
    return list;
}

} // namespace

TEST_CASE("CSV in UTF-8 with a BOM", "[csv]")
{
    const auto table = readOk(QByteArray("\xEF\xBB\xBF") + QByteArray("Фамилия;Имя\r\nЁлкин;Пётр\r\n"));
    CHECK(table.encoding == QStringLiteral("UTF-8 (BOM)"));
    CHECK(table.delimiter == u';');
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0] == cells({u"Фамилия", u"Имя"}));
    CHECK(table.rows[1] == cells({u"Ёлкин", u"Пётр"}));
    CHECK(table.lineNumbers == QList<int>{1, 2});
}

TEST_CASE("CSV in UTF-8 without a BOM", "[csv]")
{
    const auto table = readOk("Фамилия,Имя\nЩукина,Юлия\n");
    CHECK(table.encoding == QStringLiteral("UTF-8"));
    CHECK(table.delimiter == u',');
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1] == cells({u"Щукина", u"Юлия"}));

    // Plain ASCII is valid UTF-8 too.
    CHECK(readOk("a;b\n1;2\n").encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("CSV in UTF-16 with a BOM (Excel's Unicode text)", "[csv]")
{
    const QString text = QStringLiteral("\uFEFFФамилия\tИмя\r\nЁлкин\tПётр\r\n");
    const QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto table = readOk(bytes);
    CHECK(table.encoding == QStringLiteral("UTF-16 (BOM)"));
    CHECK(table.delimiter == u'\t');
    CHECK(table.rows == QList<QStringList>{cells({u"Фамилия", u"Имя"}), cells({u"Ёлкин", u"Пётр"})});
}

TEST_CASE("CSV in Windows-1251", "[csv]")
{
    // «Фамилия;Имя», «Ёлкин;Семён», «№ 5 – «A»»
    const QByteArray bytes = "\xd4\xe0\xec\xe8\xeb\xe8\xff;\xc8\xec\xff\r\n"
                             "\xa8\xeb\xea\xe8\xed;\xd1\xe5\xec\xb8\xed\r\n"
                             "\xb9 5 \x96 \xab" "A\xbb;\x85\r\n";
    const auto table = readOk(bytes);
    CHECK(table.encoding == QStringLiteral("Windows-1251"));
    CHECK(table.delimiter == u';');
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0] == cells({u"Фамилия", u"Имя"}));
    CHECK(table.rows[1] == cells({u"Ёлкин", u"Семён"}));
    CHECK(table.rows[2] == cells({u"№ 5 – «A»", u"…"}));
}

TEST_CASE("the Windows-1251 table matches the system converter", "[csv]")
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString ours = CsvReader::fromWindows1251(all);
    REQUIRE(ours.size() == 256);
    CHECK(ours[0xC0] == u'А');
    CHECK(ours[0xFF] == u'я');
    CHECK(ours[0xA8] == u'Ё');
    CHECK(ours[0xB8] == u'ё');
    CHECK(ours[0xA0] == QChar(0x00A0));
    CHECK(ours[0x97] == u'—');

    // Where Qt was built with ICU, both must agree byte for byte.
    QStringDecoder system("windows-1251");
    if (system.isValid())
        CHECK(system.decode(all) == ours);
}

TEST_CASE("CSV delimiter detection", "[csv]")
{
    SECTION("semicolon")
    {
        const auto table = readOk("a;b;c\n1;2,5;3\n4;5,5;6\n");
        CHECK(table.delimiter == u';');
        CHECK(table.rows[1] == cells({u"1", u"2,5", u"3"}));
    }
    SECTION("comma")
    {
        const auto table = readOk("a,b,c\n1,\"x;y\",3\n4,5;6,7\n");
        CHECK(table.delimiter == u',');
        CHECK(table.rows[1] == cells({u"1", u"x;y", u"3"}));
    }
    SECTION("tab")
    {
        const auto table = readOk("a\tb\tc\n1\t2, 3\t4\n5\t6\t7; 8\n");
        CHECK(table.delimiter == u'\t');
        CHECK(table.rows[2] == cells({u"5", u"6", u"7; 8"}));
    }
    SECTION("commas inside quotes do not count")
    {
        const auto table = readOk("\"a,b,c\";x\n\"1,2,3\";y\n\"4,5\";z\n");
        CHECK(table.delimiter == u';');
        CHECK(table.rows[0] == cells({u"a,b,c", u"x"}));
    }
    SECTION("a single column falls back to semicolon")
    {
        const auto table = readOk("one\ntwo\n");
        CHECK(table.delimiter == u';');
        CHECK(table.rows == QList<QStringList>{{QStringLiteral("one")}, {QStringLiteral("two")}});
    }
}

TEST_CASE("CSV quoted fields", "[csv]")
{
    const QByteArray bytes = "name;note;x\r\n"
                             "\"Иванов; Иван\";\"say \"\"hi\"\"\";1\r\n"
                             "\"multi\r\nline\r\ncell\";\"\";2\r\n"
                             "next;\"a\nb\";3\r\n"
                             "last;row;4";
    const auto table = readOk(bytes);
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[1] == cells({u"Иванов; Иван", u"say \"hi\"", u"1"}));
    CHECK(table.rows[2] == cells({u"multi\nline\ncell", u"", u"2"}));
    CHECK(table.rows[3] == cells({u"next", u"a\nb", u"3"}));
    // No line break after the last record.
    CHECK(table.rows[4] == cells({u"last", u"row", u"4"}));
    // A record spanning several lines is still one spreadsheet row.
    CHECK(table.lineNumbers == QList<int>{1, 2, 3, 4, 5});
}

TEST_CASE("CSV cells are kept as written", "[csv]")
{
    const auto table = readOk("a ; b ;\r\n\"q\"x; \"y\";\r\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0] == cells({u"a ", u" b ", u""}));
    CHECK(table.rows[1] == cells({u"qx", u" \"y\"", u""}));
}

TEST_CASE("CSV title row, empty lines and row numbers", "[csv]")
{
    const QByteArray bytes = "Список педагогов;;\r\n"
                             "\r\n"
                             "Фамилия;Имя;Примечание\r\n"
                             "Иванов;Иван;\"две\r\nстроки\"\r\n"
                             "\r\n"
                             "\r\n"
                             "Петров;Пётр;\r\n"
                             ";;\r\n"
                             "\r\n";
    const auto table = readOk(bytes);
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[0] == cells({u"Список педагогов", u"", u""}));
    CHECK(table.rows[1] == cells({u"Фамилия", u"Имя", u"Примечание"}));
    CHECK(table.rows[2] == cells({u"Иванов", u"Иван", u"две\nстроки"}));
    CHECK(table.rows[3] == cells({u"Петров", u"Пётр", u""}));
    // A row of empty cells is not an empty line: the caller decides.
    CHECK(table.rows[4] == cells({u"", u"", u""}));
    CHECK(table.lineNumbers == QList<int>{1, 3, 4, 7, 8});
}

TEST_CASE("CSV line endings", "[csv]")
{
    const QStringList expected = cells({u"a", u"b"});
    for (const QByteArray &bytes : {QByteArray("a;b\r\nc;d\r\n"), QByteArray("a;b\nc;d\n"),
                                    QByteArray("a;b\rc;d\r"), QByteArray("a;b\nc;d")}) {
        const auto table = readOk(bytes);
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0] == expected);
        CHECK(table.rows[1] == cells({u"c", u"d"}));
        CHECK(table.lineNumbers == QList<int>{1, 2});
    }
}

TEST_CASE("an empty CSV has no rows", "[csv]")
{
    CHECK(readOk("").rows.isEmpty());
    CHECK(readOk("\r\n\r\n").rows.isEmpty());
    CHECK(readOk("\xEF\xBB\xBF").rows.isEmpty());
}

TEST_CASE("an unterminated quote names its row", "[csv]")
{
    const auto table = CsvReader::read("a;b\r\n\r\n\"x\r\ny\";1\r\nok;2\r\n\"broken;3\r\nmore;4\r\n");
    REQUIRE_FALSE(table.ok());
    INFO(table.message().toStdString());
    // The quote opens in spreadsheet row 5 (row 3 spans two lines).
    CHECK(table.message().contains(QStringLiteral("5")));
    CHECK_FALSE(table.message().contains(QStringLiteral("6")));
}

TEST_CASE("CSV files are read from disk", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("teachers.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xd4\xe0\xec\xe8\xeb\xe8\xff;\xc8\xec\xff\r\n");
    file.close();

    const auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("Windows-1251"));
    CHECK(table->rows == QList<QStringList>{cells({u"Фамилия", u"Имя"})});

    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const auto failed = CsvReader::readFile(missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message().contains(QStringLiteral("missing.csv")));
}

TEST_CASE("a CSV read in chunks of any size gives the records of the whole", "[csv]")
{
    // Every edge of a record falls on a chunk boundary for some chunk size:
    // CR|LF, a doubled quote, a quoted line break, a trailing delimiter, a
    // letter of two, three or four bytes (or two UTF-16 units).
    const QString text = QStringLiteral(
        "Список; на 01.09.2025\r\n"
        "Фамилия;Имя;Организация;Примечание\r\n"
        "Ёлкина;Алёна;\"МАОУ «Школа № 5»\";\"строка 1\r\nстрока 2\"\r\n"
        "\r\n"
        "Щукин;Пётр;\"\"\"Лицей\"\" № 2\";;\n"
        "Иванова-Петрова;Мария;СОШ № 3;\"кавычка \"\" внутри\"\r"
        "Ёжиков;Семён;\"Гимназия\n№ 1\";✓ готово\r\n"
        "Цой;Ян;;\r\n"
        "Эмодзи;Зоя;Школа 🎓;последняя без перевода строки");
    QList<QPair<QByteArray, QString>> files{{text.toUtf8(), u"UTF-8"_qs},
                                            {QByteArray("\xEF\xBB\xBF") + text.toUtf8(), u"UTF-8 (BOM)"_qs}};
    QByteArray utf16le("\xFF\xFE"), utf16be("\xFE\xFF");
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    files.append({utf16le, u"UTF-16 (BOM)"_qs});
    files.append({utf16be, u"UTF-16 (BOM)"_qs});
    // Windows-1251 has no ✓ nor 🎓: the same text without them.
    // A named copy: remove() returns a reference into the temporary, which a
    // range-for would read after its end (ASan: stack-use-after-scope).
    const QString cp1251Text = QString(text).remove(u"✓ "_qs).remove(u" 🎓"_qs);
    QByteArray cp1251;
    for (const QChar c : cp1251Text) {
        const char16_t u = c.unicode();
        if (u == u'«' || u == u'»')
            cp1251.append(char(u == u'«' ? 0xAB : 0xBB));
        else if (u == u'№')
            cp1251.append(char(0xB9));
        else if (u == u'Ё' || u == u'ё')
            cp1251.append(char(u == u'Ё' ? 0xA8 : 0xB8));
        else if (u >= 0x0410 && u <= 0x044F)
            cp1251.append(char(0xC0 + (u - 0x0410)));
        else
            cp1251.append(char(u));
    }
    files.append({cp1251, u"Windows-1251"_qs});

    for (const auto &[bytes, encoding] : files) {
        const auto whole = CsvReader::read(bytes);
        REQUIRE(whole.ok());
        CHECK(whole->encoding == encoding);
        REQUIRE(whole->rows.size() == 8);
        CHECK(whole->rows[2].value(3) == u"строка 1\nстрока 2"_qs);
        CHECK(whole->lineNumbers.last() == 9); // the blank line counts, the quoted breaks do not
        for (const qsizetype chunk : {1, 2, 3, 4, 5, 7, 11, 64}) {
            INFO(encoding.toStdString() << ", chunks of " << chunk << " bytes");
            metodist::CsvStream stream;
            stream.setChunkBytes(chunk);
            REQUIRE(stream.openBytes(bytes).ok());
            CHECK(stream.encoding() == encoding);
            CHECK(stream.delimiter() == whole->delimiter);
            QList<QStringList> rows;
            QList<int> numbers;
            QStringList cells;
            int row = 0;
            while (stream.next(cells, row)) {
                rows.append(cells);
                numbers.append(row);
            }
            CHECK(stream.status().ok());
            CHECK(rows == whole->rows);
            CHECK(numbers == whole->lineNumbers);
            CHECK(stream.fractionDone() == Approx(1.0));
        }
    }
}

TEST_CASE("a CSV cut inside its last letter, and a quote never closed in a big file", "[csv]")
{
    // Cut inside «я»: not valid UTF-8, so read as Windows-1251 (as before the streaming reader).
    const QByteArray cut = QStringLiteral("Фамилия;Имя\r\nЁлкина;Ая").toUtf8().chopped(1);
    const auto read = CsvReader::read(cut);
    REQUIRE(read.ok());
    CHECK(read->encoding == u"Windows-1251"_qs);
    // With a BOM the file says it is UTF-8: the lost letter shows as U+FFFD.
    const auto marked = CsvReader::read(QByteArray("\xEF\xBB\xBF") + cut);
    REQUIRE(marked.ok());
    CHECK(marked->rows.last().last() == u"А\uFFFD"_qs);

    // A stray opening quote near the start of 20 MB is refused at once, not
    // after reading the rest of the file into one cell.
    QByteArray big("a;b\r\n\"broken;1\r\n");
    const QByteArray line("x;y\r\n");
    while (big.size() < (20 << 20))
        big.append(line);
    const auto refused = CsvReader::read(big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"2"_qs));
}

TEST_CASE("a CSV larger than the reading chunk reads whole at the real chunk size", "[csv]")
{
    // About 6 MB against chunks of 4 MiB: the boundary falls somewhere in
    // the records; every record must come out as written.
    QList<QStringList> expected;
    QString text;
    const QStringList names{u"Ёлкина"_qs, u"Петров-Водкин"_qs, u"Щукина"_qs, u"Иванов"_qs};
    int lines = 0;
    for (int i = 0; text.size() < 6'000'000; ++i) {
        const QString name = names[i % names.size()] + QString(i % 7, u'я');
        QStringList row{name, QString::number(i), QString()};
        QString line = name + u';' + QString::number(i) + u';';
        if (i % 3 == 0) {
            row[2] = u"школа «\"Знание\"»\nкорпус "_qs + QString::number(i % 11);
            line += u"\"школа «\"\"Знание\"\"»\r\nкорпус "_qs + QString::number(i % 11) + u'"';
        }
        if (i % 5 == 0) {
            row.append(QString());
            line += u';';
        }
        text += line + (i % 2 ? u"\r\n"_qs : u"\n"_qs);
        expected.append(row);
        ++lines;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const bool windows1251 : {false, true}) {
        const QString path = dir.filePath(windows1251 ? u"big1251.csv"_qs : u"big.csv"_qs);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        if (windows1251) {
            // Only А–я, Ё, ё, «, » and ASCII occur.
            QByteArray bytes;
            bytes.reserve(text.size());
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                if (u == u'«' || u == u'»')
                    bytes.append(char(u == u'«' ? 0xAB : 0xBB));
                else if (u < 0x80)
                    bytes.append(char(u));
                else if (u == u'Ё' || u == u'ё')
                    bytes.append(char(u == u'Ё' ? 0xA8 : 0xB8));
                else
                    bytes.append(char(0xC0 + (u - 0x0410)));
            }
            file.write(bytes);
        } else {
            file.write(text.toUtf8());
        }
        file.close();
        const QList<QStringList> &wanted = expected;

        metodist::CsvStream stream;
        REQUIRE(stream.open(path).ok());
        CHECK(stream.encoding() == (windows1251 ? u"Windows-1251"_qs : u"UTF-8"_qs));
        CHECK(stream.delimiter() == u';');
        QStringList cells;
        int row = 0;
        int read = 0;
        int expectedRow = 1;
        bool same = true;
        while (stream.next(cells, row)) {
            if (read >= wanted.size() || cells != wanted[read] || row != expectedRow) {
                same = false;
                INFO("record " << read << ": " << cells.join(u'|').toStdString());
                CHECK(cells == wanted.value(read));
                CHECK(row == expectedRow);
                break;
            }
            ++read;
            ++expectedRow;
        }
        CHECK(stream.status().ok());
        CHECK(same);
        CHECK(read == lines);
        CHECK(stream.fractionDone() == Approx(1.0));
    }
}
