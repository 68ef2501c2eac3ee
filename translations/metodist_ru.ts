<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/RegistryCommands.cpp" line="+255"/>
        <source>import a CSV or XLSX file, all rows or none</source>
        <translation>импортировать файл CSV или XLSX целиком: все строки или ни одной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export a registry</source>
        <translation>экспортировать реестр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list a registry</source>
        <translation>вывести список записей реестра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an empty file with the expected headers</source>
        <translation>записать пустой файл с ожидаемыми заголовками столбцов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill the database with a synthetic region for trying the program</source>
        <translation>заполнить базу данных условным регионом для знакомства с программой</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+33"/>
        <source>Usage: metodist-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation>Использование: metodist-cli [--db PATH] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scripting face of Metodist: the same operations as the program&apos;s window.</source>
        <translation>Интерфейс командной строки Metodist: те же операции, что и в окне программы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file (default: %1)</source>
        <translation>файл базы данных (по умолчанию: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help</source>
        <translation>показать эту справку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>показать версию программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The option --db needs a file path.</source>
        <translation>Для параметра --db необходимо указать путь к файлу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown option %1; see metodist-cli --help.</source>
        <translation>Неизвестный параметр %1; справку можно получить командой metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command «%1»; see metodist-cli --help.</source>
        <translation>Неизвестная команда «%1»; справку можно получить командой metodist-cli --help.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/documents/CsvReader.cpp" line="+118"/>
        <location line="+4"/>
        <source>Cannot read the file «%1»: %2.</source>
        <translation>Не удаётся прочитать файл «%1»: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The quoted cell that starts in row %1 is never closed: check the double quotes in that row.</source>
        <translation>Ячейка в кавычках, которая начинается в строке %1, не закрыта; пожалуйста, проверьте двойные кавычки в этой строке.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/documents/CsvWriter.cpp" line="+41"/>
        <location line="+3"/>
        <source>Cannot write the file «%1»: %2.</source>
        <translation>Не удаётся записать файл «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+41"/>
        <source>The database reported an error: %1.</source>
        <translation>База данных сообщила об ошибке: %1.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Working with a shared PostgreSQL database is not available in this version yet; open a database file instead.</source>
        <translation>Работа с общей базой данных PostgreSQL в этой версии пока недоступна; пожалуйста, откройте файл базы данных.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is a folder, not a database file.</source>
        <translation>Путь «%1» указывает на папку, а не на файл базы данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» is not a Metodist database: it is not a SQLite file. The file was not changed.</source>
        <translation>Файл «%1» не является базой данных Metodist: это не файл SQLite. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file «%1» does not exist.</source>
        <translation>Файл базы данных «%1» не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Cannot create the folder «%1».</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Cannot open the database «%1»: %2.</source>
        <translation>Не удаётся открыть базу данных «%1»: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database «%1» was written by a newer version of Metodist (schema %2; this version knows up to %3). Update the program to open it; the file was not changed.</source>
        <translation>База данных «%1» создана более новой версией Metodist (схема %2; эта версия поддерживает схемы до %3). Чтобы открыть её, обновите программу; файл не изменён.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot prepare the database «%1»: %2</source>
        <translation>Не удаётся подготовить базу данных «%1»: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>«%1» is not a Metodist database: %2</source>
        <translation>Файл «%1» не является базой данных Metodist: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» cannot be read as a database: %2</source>
        <translation>Файл «%1» не удаётся прочитать как базу данных: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«%1» is a SQLite database of another program, not of Metodist. The file was not changed.</source>
        <translation>Файл «%1» является базой данных SQLite другой программы, а не Metodist. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the schema version of «%1»: %2</source>
        <translation>Не удаётся прочитать версию схемы базы данных «%1»: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database was not upgraded because the backup copy failed: %1</source>
        <translation>База данных не обновлена, так как не удалось создать резервную копию: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upgrade of the database to schema %1 failed; nothing was changed. %2</source>
        <translation>Не удалось обновить базу данных до схемы %1; изменения не внесены. %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Row %1 of table «%2» refers to a missing row of «%3».</source>
        <translation>Строка %1 таблицы «%2» ссылается на отсутствующую строку таблицы «%3».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file «%1» already exists; choose a new name for the backup.</source>
        <translation>Файл «%1» уже существует; пожалуйста, выберите другое имя для резервной копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup to «%1» failed: %2</source>
        <translation>Не удалось создать резервную копию в файле «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../app/cli/DatabaseCommands.cpp" line="+22"/>
        <source>region preset</source>
        <translation>набор данных региона</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init takes no arguments besides --region.</source>
        <translation>Команда init не принимает аргументов, кроме --region.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database %1 is ready (schema %2).</source>
        <translation>База данных %1 готова (схема %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dictionary entries added: %1.</source>
        <translation>Добавлено записей справочников: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: %1; municipalities added: %2.</source>
        <translation>Регион: %1; добавлено муниципалитетов: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>check takes no arguments.</source>
        <translation>Команда check не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version: %1 (current).</source>
        <translation>Версия схемы: %1 (актуальная).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version: %1; the program will upgrade it to %2 when it opens the file.</source>
        <translation>Версия схемы: %1; программа обновит её до версии %2 при открытии файла.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity check: no problems found.</source>
        <translation>Проверка целостности: проблем не обнаружено.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The integrity check found %n problem(s).</source>
        <translation>
            <numerusform>Проверка целостности обнаружила %n проблему.</numerusform>
            <numerusform>Проверка целостности обнаружила %n проблемы.</numerusform>
            <numerusform>Проверка целостности обнаружила %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: metodist-cli backup FILE</source>
        <translation>Использование: metodist-cli backup FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to %1.</source>
        <translation>Резервная копия сохранена в файл %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create or complete a database; load a region&apos;s municipalities</source>
        <translation>создать или дополнить базу данных; загрузить муниципалитеты региона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check integrity and schema version</source>
        <translation>проверить целостность и версию схемы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of the database to a new file</source>
        <translation>записать согласованную копию базы данных в новый файл</translation>
    </message>
</context>
<context>
    <name>DemoRegion</name>
    <message>
        <location filename="../core/services/DemoRegion.cpp" line="+114"/>
        <source>The numbers of teachers and methodists cannot be negative.</source>
        <translation>Количество педагогов и методистов не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The region has no municipalities.</source>
        <translation>В регионе нет ни одного муниципалитета.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The generation was cancelled; the database was not changed.</source>
        <translation>Создание демонстрационных данных отменено; база данных не изменена.</translation>
    </message>
</context>
<context>
    <name>DevelopmentRepository</name>
    <message>
        <location filename="../core/storage/DevelopmentRepository.cpp" line="+8"/>
        <source>A professional development record belongs to one teacher or one methodist.</source>
        <translation>Запись о повышении квалификации должна относиться либо к одному педагогу, либо к одному методисту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme of professional development must be named.</source>
        <translation>Необходимо указать название программы повышения квалификации.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A diagnostics result needs a date and a level of competence.</source>
        <translation>Для результата диагностики необходимо указать дату и уровень компетенций.</translation>
    </message>
</context>
<context>
    <name>DictionaryRepository</name>
    <message>
        <location filename="../core/storage/DictionaryRepository.cpp" line="+50"/>
        <location line="+41"/>
        <source>There is no dictionary «%1».</source>
        <translation>Справочника «%1» не существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>The name must not be empty.</source>
        <translation>Название не должно быть пустым.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+33"/>
        <source>«%1» is already in the dictionary «%2».</source>
        <translation>Запись «%1» уже есть в справочнике «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry no longer exists; it may have been deleted by another user.</source>
        <translation>Запись больше не существует; возможно, её удалил другой пользователь.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry is in use (by organisations, people or plans) and cannot be deleted; rename it instead.</source>
        <translation>Запись используется (организациями, людьми или планами) и не может быть удалена; вместо удаления её можно переименовать.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This dictionary is sorted alphabetically.</source>
        <translation>Этот справочник упорядочен по алфавиту.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../core/domain/Methodist.cpp" line="+9"/>
        <source>the qualification category is not the highest</source>
        <translation>квалификационная категория не высшая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no higher pedagogical education</source>
        <translation>нет высшего педагогического образования</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>less than %n year(s) of experience</source>
        <translation>
            <numerusform>стаж менее %n года</numerusform>
            <numerusform>стаж менее %n лет</numerusform>
            <numerusform>стаж менее %n лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../core/services/ImportColumns.cpp" line="+139"/>
        <source>teachers</source>
        <translation>педагоги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>methodists</source>
        <translation>методисты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisations</source>
        <translation>организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>municipalities</source>
        <translation>муниципалитеты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subjects</source>
        <translation>предметы</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/services/Importer.cpp" line="+24"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column «%2»: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>No header row was found in the first %1 rows of the file; the columns expected for %2 include %3.</source>
        <translation>В первых %1 строках файла не найдена строка заголовка; для импорта «%2» требуются, в частности, столбцы %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The header in row %1 lacks the required column(s) %2; nothing was imported.</source>
        <translation>В заголовке (строка %1) отсутствуют обязательные столбцы: %2; данные не импортированы.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+75"/>
        <location line="+131"/>
        <source>The value is required.</source>
        <translation>Значение обязательно.</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>«%1» is not in the dictionary «%2»; add it there or correct the file.</source>
        <translation>Значения «%1» нет в справочнике «%2»; добавьте его в справочник или исправьте файл.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The full name needs at least a surname and a first name.</source>
        <translation>В ФИО необходимо указать как минимум фамилию и имя.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The same person is already in row %1 of this file.</source>
        <translation>Этот же человек уже указан в строке %1 этого файла.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+58"/>
        <source>The experience must be a whole number of years, not «%1».</source>
        <translation>Стаж должен быть указан целым числом лет, а не «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The load must be a whole positive number of teachers, not «%1».</source>
        <translation>Нагрузка должна быть указана целым положительным числом педагогов, а не «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+74"/>
        <source>Expected «да» or «нет», not «%1».</source>
        <translation>Ожидается «да» или «нет», а не «%1».</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Saved, but does not meet the requirements of the regional methodical active: %1.</source>
        <translation>Запись сохранена, но не соответствует требованиям к региональному методическому активу: %1.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row %1 could not be saved, so nothing was imported: %2</source>
        <translation>Не удалось сохранить строку %1, поэтому данные не импортированы: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled; the database was not changed.</source>
        <translation>Импорт отменён; база данных не изменена.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The old Excel format (.xls) is not supported; save the file as .xlsx or CSV.</source>
        <translation>Старый формат Excel (.xls) не поддерживается; пожалуйста, сохраните файл в формате .xlsx или CSV.</translation>
    </message>
</context>
<context>
    <name>MethodistRepository</name>
    <message>
        <location filename="../core/storage/MethodistRepository.cpp" line="+54"/>
        <source>The methodist has assigned teachers and cannot be deleted; end the assignments first.</source>
        <translation>За методистом закреплены педагоги, поэтому его нельзя удалить; пожалуйста, сначала завершите закрепление.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The methodist no longer exists; the list may be out of date.</source>
        <translation>Запись о методисте больше не существует; возможно, список устарел.</translation>
    </message>
</context>
<context>
    <name>MethodistSource</name>
    <message>
        <location filename="../ui/models/RegistrySources.cpp" line="+55"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>СНИЛС</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form of employment</source>
        <translation>Форма работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Federal ПК</source>
        <translation>ПК (фед. реестр)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>РМА requirements</source>
        <translation>Требования к РМА</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>выполнены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met: %1</source>
        <translation>не выполнены: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <location filename="../core/storage/OrganisationRepository.cpp" line="+38"/>
        <source>The organisation needs a name.</source>
        <translation>Необходимо указать название организации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organisation «%1» is already in this municipality.</source>
        <translation>Организация «%1» уже есть в этом муниципалитете.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The organisation has teachers or methodists and cannot be deleted.</source>
        <translation>В организации работают педагоги или методисты, поэтому её нельзя удалить.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The organisation no longer exists.</source>
        <translation>Организация уже удалена.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/dialogs/ProgressDialog.cpp" line="+8"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../core/domain/ReferenceData.cpp" line="+16"/>
        <source>The reference file %1 is missing from the program.</source>
        <translation>В составе программы отсутствует справочный файл %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reference file %1 is damaged: %2.</source>
        <translation>Справочный файл %1 повреждён: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Municipalities</source>
        <translation>Муниципальные образования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support categories of teachers</source>
        <translation>Категории сопровождения педагогов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of methodist work</source>
        <translation>Виды работы методистов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap stages</source>
        <translation>Этапы дорожной карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring blocks</source>
        <translation>Блоки мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification categories</source>
        <translation>Квалификационные категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of employment of methodists</source>
        <translation>Формы занятости методистов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels of professional competence</source>
        <translation>Уровни профессиональной компетентности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas of professional deficits</source>
        <translation>Области профессиональных дефицитов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of route items</source>
        <translation>Виды мероприятий ИОМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event levels</source>
        <translation>Уровни мероприятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages of the support model</source>
        <translation>Этапы модели сопровождения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reference data names an unknown dictionary «%1».</source>
        <translation>Справочные данные ссылаются на неизвестный справочник «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown region «%1»; known regions: %2.</source>
        <translation>Неизвестный регион «%1»; доступные регионы: %2.</translation>
    </message>
</context>
<context>
    <name>RegistryCommands</name>
    <message>
        <location filename="../app/cli/RegistryCommands.cpp" line="-229"/>
        <source>sheet of an XLSX file</source>
        <translation>лист файла XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check and count only</source>
        <translation>только проверить файл и подсчитать строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows, skip the invalid</source>
        <translation>импортировать корректные строки, пропустив строки с ошибками</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: metodist-cli import teachers|methodists|organisations|municipalities|subjects FILE [--sheet NAME] [--dry-run] [--skip-invalid]</source>
        <translation>Использование: metodist-cli import teachers|methodists|organisations|municipalities|subjects FILE [--sheet NAME] [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encoding: %1.</source>
        <translation>Кодировка: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header in row %1; data rows: %2.</source>
        <translation>Заголовок в строке %1; строк с данными: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: </source>
        <translation>предупреждение: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error: </source>
        <translation>ошибка: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1, updated: %2, invalid: %3, organisations created: %4.</source>
        <translation>Создано: %1, обновлено: %2, с ошибками: %3, создано организаций: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked: %1 row(s) would be created, %2 updated; %3 row(s) have errors.</source>
        <translation>Проверено: будет создано строк — %1, обновлено — %2; строк с ошибками — %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: изменения не записаны.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing was imported: %n row(s) have errors. Correct the file or run with --skip-invalid.</source>
        <translation>
            <numerusform>Данные не импортированы: ошибки в %n строке. Пожалуйста, исправьте файл или запустите команду с параметром --skip-invalid.</numerusform>
            <numerusform>Данные не импортированы: ошибки в %n строках. Пожалуйста, исправьте файл или запустите команду с параметром --skip-invalid.</numerusform>
            <numerusform>Данные не импортированы: ошибки в %n строках. Пожалуйста, исправьте файл или запустите команду с параметром --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: metodist-cli export teachers|methodists|organisations FILE.csv|FILE.xlsx</source>
        <translation>Использование: metodist-cli export teachers|methodists|organisations FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only teachers, methodists and organisations can be exported.</source>
        <translation>Экспортировать можно только педагогов, методистов и организации.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка в файл %1.</numerusform>
            <numerusform>Экспортированы %n строки в файл %1.</numerusform>
            <numerusform>Экспортировано %n строк в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: metodist-cli template teachers|methodists FILE.xlsx</source>
        <translation>Использование: metodist-cli template teachers|methodists FILE.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template written to %1.</source>
        <translation>Шаблон сохранён в файл %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part of a name</source>
        <translation>часть ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table, csv or json</source>
        <translation>table, csv или json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many rows</source>
        <translation>вывести не более указанного числа строк</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: metodist-cli list teachers|methodists [--search TEXT] [--municipality NAME] [--subject NAME] [--format table|csv|json] [--limit N]</source>
        <translation>Использование: metodist-cli list teachers|methodists [--search TEXT] [--municipality NAME] [--subject NAME] [--format table|csv|json] [--limit N]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>«%1» is not in the dictionary «%2».</source>
        <translation>Значения «%1» нет в справочнике «%2».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>region preset</source>
        <translation>набор данных региона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of teachers</source>
        <translation>количество педагогов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of methodists</source>
        <translation>количество методистов</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--teachers and --methodists take whole numbers.</source>
        <translation>Для параметров --teachers и --methodists необходимо указать целые числа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demonstration region ready: %1 municipalities, %2 organisations, %3 teachers, %4 methodists, %5 diagnostics, %6 professional development records.</source>
        <translation>Демонстрационный регион готов: муниципалитетов — %1, организаций — %2, педагогов — %3, методистов — %4, результатов диагностики — %5, записей о повышении квалификации — %6.</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../core/services/RegistryExport.cpp" line="+69"/>
        <source>Meets the РМА requirements</source>
        <translation>Соответствует требованиям к РМА</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no: %1</source>
        <translation>нет: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only teachers, methodists and organisations can be exported.</source>
        <translation>Экспортировать можно только педагогов, методистов и организации.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file «%1» must end in .csv or .xlsx.</source>
        <translation>Имя файла «%1» должно оканчиваться на .csv или .xlsx.</translation>
    </message>
</context>
<context>
    <name>Snils</name>
    <message>
        <location filename="../core/domain/Snils.cpp" line="+34"/>
        <source>The СНИЛС is empty.</source>
        <translation>СНИЛС не указан.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The СНИЛС «%1» may contain only digits, spaces and hyphens.</source>
        <translation>СНИЛС «%1» может содержать только цифры, пробелы и дефисы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The СНИЛС «%1» must have 11 digits.</source>
        <translation>СНИЛС «%1» должен содержать 11 цифр.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The СНИЛС «%1» has a wrong check number: expected %2.</source>
        <translation>В СНИЛС «%1» неверное контрольное число: ожидается %2.</translation>
    </message>
</context>
<context>
    <name>TeacherRepository</name>
    <message>
        <location filename="../core/storage/TeacherRepository.cpp" line="+74"/>
        <source>The teacher has assignments or routes and cannot be deleted; end them first.</source>
        <translation>У педагога есть закрепления или индивидуальные маршруты, поэтому его нельзя удалить; пожалуйста, сначала завершите их.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The teacher no longer exists; the list may be out of date.</source>
        <translation>Запись о педагоге больше не существует; возможно, список устарел.</translation>
    </message>
</context>
<context>
    <name>TeacherSource</name>
    <message>
        <location filename="../ui/models/RegistrySources.cpp" line="-79"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>СНИЛС</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competence</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support categories</source>
        <translation>Категории сопровождения</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+21"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Не удаётся начать транзакцию: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The transaction is not active.</source>
        <translation>Транзакция не активна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the changes: %1</source>
        <translation>Не удаётся сохранить изменения: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/documents/XlsxReader.cpp" line="+40"/>
        <source>The workbook has no part «%1».</source>
        <translation>В книге Excel отсутствует часть «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the part «%1» of the workbook.</source>
        <translation>Не удаётся прочитать часть «%1» книги Excel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The part «%1» of the workbook is damaged.</source>
        <translation>Часть «%1» книги Excel повреждена.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>Файл не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+3"/>
        <source>The file «%1» is not an Excel workbook (.xlsx).</source>
        <translation>Файл «%1» не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The file «%1» is not an OOXML document.</source>
        <translation>Файл «%1» не является документом OOXML.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The workbook has no sheet «%1»; its sheets: %2.</source>
        <translation>В книге нет листа «%1»; имеющиеся листы: %2.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The sheet «%1» of «%2» is damaged: %3.</source>
        <translation>Лист «%1» файла «%2» повреждён: %3.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <location filename="../core/documents/XlsxWriter.cpp" line="+54"/>
        <source>Cannot create the file «%1».</source>
        <translation>Не удаётся создать файл «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot add the sheet «%1» to the file «%2».</source>
        <translation>Не удалось добавить лист «%1» в файл «%2».</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot create the file «%1». Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Не удалось создать файл «%1». Проверьте, что папка существует, что в неё разрешена запись и что файл не открыт в другой программе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the file «%1» (%2)</source>
        <translation>Не удалось записать файл «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>metodist::AreaPage</name>
    <message>
        <location filename="../ui/pages/AreaPage.cpp" line="+33"/>
        <source>The tools of this area come in the next versions of Metodist.</source>
        <translation>Инструменты этого раздела появятся в следующих версиях Metodist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
</context>
<context>
    <name>metodist::DevelopmentPanel</name>
    <message>
        <location filename="../ui/dialogs/DevelopmentPanel.cpp" line="+33"/>
        <source>Add ПК…</source>
        <translation>Добавить ПК…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add diagnostics…</source>
        <translation>Добавить диагностику…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Professional development (ПК)</source>
        <translation>Повышение квалификации (ПК)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostics of professional competence</source>
        <translation>Диагностика профессиональных компетенций</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>, %n hour(s)</source>
        <translation>
            <numerusform>, %n час</numerusform>
            <numerusform>, %n часа</numerusform>
            <numerusform>, %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, completed %1</source>
        <translation>, завершено %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — federal registry</source>
        <translation> — федеральный реестр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: level «%2»</source>
        <translation>%1: уровень «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deficits: %1</source>
        <translation>; дефициты: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Professional development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the programme is in the federal registry</source>
        <translation>программа из федерального реестра</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme*</source>
        <translation>Программа*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of competence</source>
        <translation>Уровень компетенций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficits found</source>
        <translation>Выявленные дефициты</translation>
    </message>
</context>
<context>
    <name>metodist::DictionariesPage</name>
    <message>
        <location filename="../ui/pages/DictionariesPage.cpp" line="+28"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Переместить в&amp;верх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a region&apos;s municipalities…</source>
        <translation>Загрузить муниципалитеты региона…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+158"/>
        <source>Dictionaries</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new entry in «%1»:</source>
        <translation>Название новой записи в справочнике «%1»:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added «%1».</source>
        <translation>Добавлена запись «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the municipalities first.</source>
        <translation>Сначала добавьте муниципалитеты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Municipality:</source>
        <translation>Муниципалитет:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the organisation:</source>
        <translation>Название организации:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete entries</source>
        <translation>Удаление записей</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n selected entry(ies)? Entries in use are kept.</source>
        <translation>
            <numerusform>Удалить %n выбранную запись? Используемые записи будут сохранены.</numerusform>
            <numerusform>Удалить %n выбранные записи? Используемые записи будут сохранены.</numerusform>
            <numerusform>Удалить %n выбранных записей? Используемые записи будут сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Region preset</source>
        <translation>Набор данных региона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the municipalities of the region:</source>
        <translation>Добавить муниципалитеты региона:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: municipalities added: %2.</source>
        <translation>%1: добавлено муниципалитетов: %2.</translation>
    </message>
</context>
<context>
    <name>metodist::DictionaryModel</name>
    <message>
        <location filename="../ui/models/DictionaryModel.cpp" line="+62"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>metodist::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="+156"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Import only the valid rows and skip the rest</source>
        <translation>Импортировать только корректные строки, остальные пропустить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import of %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (UTF-8 or Windows-1251; «;», «,» or tab between fields) or an Excel workbook (.xlsx). A title above the header row is fine.</source>
        <translation>Файл CSV (UTF-8 или Windows-1251; поля разделяются «;», «,» или табуляцией) или книга Excel (.xlsx). Над строкой заголовка может находиться название таблицы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Электронные таблицы (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row was checked; nothing has been written yet.</source>
        <translation>Все строки проверены; в базу данных пока ничего не записано.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1
(ignored)</source>
        <translation>%1
(не учитывается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Header in row %1%2. Columns used: %3.</source>
        <translation>Заголовок в строке %1%2. Используемые столбцы: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; encoding %1</source>
        <translation>; кодировка %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Warning. </source>
        <translation>Предупреждение. </translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The header row and the columns as the program understood them; columns it does not know are ignored. Change a column&apos;s field on the left if it was recognised wrongly.</source>
        <translation>Строка заголовка и столбцы в том виде, как их распознала программа; нераспознанные столбцы не учитываются. Если столбец распознан неверно, выберите для него поле слева.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No problems found.</source>
        <translation>Проблем не обнаружено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1. New: %2, to update: %3, with errors: %4.</source>
        <translation>Строк: %1. Новых: %2, к обновлению: %3, с ошибками: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With errors in the file nothing is imported unless you choose to skip the invalid rows.</source>
        <translation>Если в файле есть ошибки, данные не импортируются, пока не выбран пропуск строк с ошибками.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(not used)</source>
        <translation>(не использовать)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose an existing file.</source>
        <translation>Пожалуйста, выберите существующий файл.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has rows with errors. Correct the file, or choose to import only the valid rows.</source>
        <translation>В файле есть строки с ошибками. Пожалуйста, исправьте файл или выберите импорт только корректных строк.</translation>
    </message>
</context>
<context>
    <name>metodist::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+41"/>
        <source>Metodist databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Metodist (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Assignment</source>
        <translation>Закрепление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignment of teachers to regional methodists by subject and capacity, its history, and the order with the list attached.</source>
        <translation>Закрепление педагогов за региональными методистами по предметам с учётом нагрузки, история закрепления и приказ с прилагаемым списком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The roadmap of methodical support in seven stages, activities and the methodists&apos; work log.</source>
        <translation>Дорожная карта методического сопровождения из семи этапов, мероприятия и журнал работы методистов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routes</source>
        <translation>ИОМ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual educational routes (ИОМ) built from diagnosed deficits, and the events calendar.</source>
        <translation>Индивидуальные образовательные маршруты (ИОМ), построенные по выявленным дефицитам, и календарь мероприятий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring indicators by municipality and for the region, charts, and exports to Excel and PDF.</source>
        <translation>Показатели мониторинга по муниципалитетам и по региону, диаграммы, экспорт в Excel и PDF.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;demonstration database…</source>
        <translation>Создать &amp;демонстрационную базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Metodist</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database was upgraded; a copy of the old file is in %1.</source>
        <translation>База данных обновлена; копия прежнего файла сохранена в %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>metodist.sqlite</source>
        <translation>metodist.sqlite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file «%1» already exists; choose another name or open it.</source>
        <translation>Файл «%1» уже существует; пожалуйста, выберите другое имя или откройте этот файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No region (add municipalities by hand)</source>
        <translation>Без региона (муниципалитеты добавляются вручную)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region of the database:</source>
        <translation>Регион базы данных:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1.</source>
        <translation>Создана база данных %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>New demonstration database</source>
        <translation>Новая демонстрационная база данных</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>metodist-demo.sqlite</source>
        <translation>metodist-demo.sqlite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file «%1» already exists; choose another name.</source>
        <translation>Файл «%1» уже существует; пожалуйста, выберите другое имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating a region of Kaliningrad&apos;s size…</source>
        <translation>Создание региона размером с Калининградскую область…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup written to %1.</source>
        <translation>Резервная копия сохранена в файл %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Database check</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No problems found. Schema version: %1.</source>
        <translation>Проблем не обнаружено. Версия схемы: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found:
%1</source>
        <translation>Обнаружены проблемы:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language changes when the program is started again.</source>
        <translation>Язык интерфейса изменится после перезапуска программы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Metodist</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Metodist %1&lt;/h3&gt;&lt;p&gt;The registry of the regional methodical active, assignment of teachers to regional methodists, roadmaps, individual routes and monitoring of methodical support.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Методист %1&lt;/h3&gt;&lt;p&gt;Реестр регионального методического актива, закрепление педагогов за региональными методистами, дорожные карты, индивидуальные образовательные маршруты и мониторинг методического сопровождения.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;br&gt;Версия схемы: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Metodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Metodist</source>
        <translation>%1 — Методист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1 (schema %2)</source>
        <translation>База данных: %1 (схема %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
</context>
<context>
    <name>metodist::OrganisationModel</name>
    <message>
        <location filename="../ui/models/OrganisationModel.cpp" line="+77"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low results («500+»)</source>
        <translation>ШНОР («500+»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«Точка роста»</source>
        <translation>«Точка роста»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internship site</source>
        <translation>Стажировочная площадка</translation>
    </message>
</context>
<context>
    <name>metodist::PersonDialog</name>
    <message>
        <location filename="../ui/dialogs/PersonDialog.cpp" line="+49"/>
        <source>New methodist</source>
        <translation>Новый методист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New teacher</source>
        <translation>Новый педагог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123-456-789 01</source>
        <translation>123-456-789 01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Surname*</source>
        <translation>Фамилия*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name*</source>
        <translation>Имя*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>СНИЛС</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality*</source>
        <translation>Муниципалитет*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation*</source>
        <translation>Организация*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject*</source>
        <translation>Предмет*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification category</source>
        <translation>Квалификационная категория</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passed ПК on a federal-registry programme</source>
        <translation>пройдено ПК по программе из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active member of the РМА</source>
        <translation>действующий участник РМА</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form of employment</source>
        <translation>Форма работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load (teachers)</source>
        <translation>Нагрузка (педагогов)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level of competence</source>
        <translation>Уровень компетенций</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter the surname.</source>
        <translation>Укажите фамилию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the municipality.</source>
        <translation>Выберите муниципалитет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organisation.</source>
        <translation>Укажите организацию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the subject.</source>
        <translation>Выберите предмет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Does not meet the requirements of the regional methodical active: %1. The methodist can be saved with this warning.</source>
        <translation>Не соответствует требованиям к региональному методическому активу: %1. Методиста можно сохранить с этим предупреждением.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Another person with this СНИЛС is already in the registry.</source>
        <translation>В реестре уже есть другой человек с таким СНИЛС.</translation>
    </message>
</context>
<context>
    <name>metodist::RegistryPage</name>
    <message>
        <location filename="../ui/pages/RegistryPage.cpp" line="+48"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name: part of a surname, name or patronymic</source>
        <translation>Поиск по ФИО: часть фамилии, имени или отчества</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Действующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Недействующие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All municipalities</source>
        <translation>Все муниципалитеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All subjects</source>
        <translation>Все предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shown: %1 of more than %2</source>
        <translation>Показано: %1 из более чем %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Delete %n selected record(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n выбранную запись? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n выбранные записи? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n выбранных записей? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was deleted: %1</source>
        <translation>Записи не удалены: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted: %1.</source>
        <translation>Удалено записей: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Импортировано: новых — %1, обновлено — %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Экспортировано строк: %1; файл: %2.</translation>
    </message>
</context>
</TS>
