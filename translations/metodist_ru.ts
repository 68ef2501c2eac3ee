<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AcademicYear</name>
    <message>
        <location filename="../core/domain/AcademicYear.cpp" line="+28"/>
        <source>«%1» is not an academic year; write it as 2025/2026.</source>
        <translation>«%L1» не является учебным годом; укажите его в виде 2025/2026.</translation>
    </message>
</context>
<context>
    <name>AccessRepository</name>
    <message>
        <location filename="../core/storage/AccessRepository.cpp" line="+46"/>
        <source>Users and roles belong to a shared registry on a PostgreSQL server; a file is one person&apos;s and has none.</source>
        <translation>Пользователи и роли есть только в общем реестре на сервере PostgreSQL; файл принадлежит одному человеку, и в нём их нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This registry on the server has no roles yet (schema %1); open it with a command that changes it to upgrade it.</source>
        <translation>В этом реестре на сервере ещё нет ролей (схема %L1); чтобы обновить реестр, откройте его командой, которая его изменяет.</translation>
    </message>
</context>
<context>
    <name>AccessWriter</name>
    <message>
        <location line="+88"/>
        <source>«%1» cannot be a login: use lower-case Latin letters, digits and «_», starting with a letter, at most 63 characters (and not «pg_…» or «metodist_…», the server&apos;s and the program&apos;s own names).</source>
        <translation>«%L1» не может быть логином: используйте строчные латинские буквы, цифры и «_», начиная с буквы, не более 63 знаков (и не «pg_…» или «metodist_…» — это имена самого сервера и программы).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The login «%1» could not be made on the server: %2</source>
        <translation>Не удалось создать логин «%L1» на сервере: %L2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This registry has no user «%1»; add one with «user add».</source>
        <translation>В этом реестре нет пользователя «%L1»; добавьте его командой «user add».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A methodist&apos;s login is linked to their record: give the methodist&apos;s number («--methodist ID»; «list methodists» shows them).</source>
        <translation>Логин методиста связан с его записью в реестре: укажите номер методиста («--methodist ID»; номера показывает команда «list methodists»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no methodist number %1 in the registry.</source>
        <translation>Методиста с номером %L1 в реестре нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodist number %1 is already the login «%2»&apos;s.</source>
        <translation>Методист с номером %L1 уже связан с логином «%L2».</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>The role of «%1» could not be changed on the server: %2</source>
        <translation>Не удалось изменить роль пользователя «%L1» на сервере: %L2</translation>
    </message>
</context>
<context>
    <name>AliasFile</name>
    <message>
        <location filename="../core/services/AliasFile.cpp" line="+21"/>
        <source>Dictionary</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in files</source>
        <translation>Значение в файлах</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry (code or name)</source>
        <translation>Запись (код или название)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The alias file has more than %1 rows; an alias file lists distinct values, so this is not one.</source>
        <translation>В файле псевдонимов больше %L1 строк; в таком файле перечисляются различающиеся значения, так что это не он.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alias file is empty.</source>
        <translation>Файл псевдонимов пуст.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The alias file has no column «Dictionary»; name the dictionary the aliases are for.</source>
        <translation>В файле псевдонимов нет столбца «Справочник»; укажите справочник, к которому относятся псевдонимы.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1: there is no dictionary «%2».</source>
        <translation>Строка %L1: справочника «%L2» нет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: the value is empty.</source>
        <translation>Строка %L1: значение не заполнено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Aliases</source>
        <translation>Псевдонимы</translation>
    </message>
</context>
<context>
    <name>AssignmentCommands</name>
    <message>
        <location filename="../app/cli/AssignmentCommands.cpp" line="+38"/>
        <source>Usage: metodist-cli assign auto|set|list …; see metodist-cli --help.</source>
        <translation>Использование: metodist-cli assign auto|set|list …; см. metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: metodist-cli order create|export|list|settings …; see metodist-cli --help.</source>
        <translation>Использование: metodist-cli order create|export|list|settings …; см. metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1» is not in the dictionary «%2».</source>
        <translation>Значение «%L1» отсутствует в справочнике «%L2».</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+179"/>
        <location line="+53"/>
        <location line="+89"/>
        <location line="+66"/>
        <source>academic year</source>
        <translation>учебный год</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>only teachers of this support category</source>
        <translation>только педагоги этой категории сопровождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only teachers of this municipality</source>
        <translation>только педагоги этого муниципалитета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compute and show the plan, write nothing</source>
        <translation>рассчитать и показать план, ничего не записывая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also give teachers to methodists who do not meet the requirements of the regional methodical active</source>
        <translation>закреплять педагогов и за методистами, не отвечающими требованиям к региональному методическому активу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table or json</source>
        <translation>table или json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format takes table or json.</source>
        <translation>--format принимает значения table или json.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Teachers without a methodist: %1; assigned: %2 (%3 in their own municipality); left unassigned: %4.</source>
        <translation>Педагогов без методиста: %L1; закреплено: %L2 (из них %L3 — в своём муниципалитете); осталось без закрепления: %L4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not assigned:</source>
        <translation>Не закреплены:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no subject)</source>
        <translation>(предмет не указан)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load of methodists (before + added / capacity):</source>
        <translation>Нагрузка методистов (было + добавлено / допустимая нагрузка):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный расчёт: ничего не записано.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan was applied.</source>
        <translation>План применён.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority categories (covered of waiting):</source>
        <translation>Приоритетные категории (охвачено из ожидающих):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left out: methodists who do not meet the requirements of the regional methodical active (--include-ineligible plans them too):</source>
        <translation>Не участвуют: методисты, не отвечающие требованиям к региональному методическому активу (--include-ineligible включает их в план):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the support category that is the reason</source>
        <translation>категория сопровождения, являющаяся основанием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why to assign despite the warnings</source>
        <translation>причина закрепления несмотря на предупреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date, YYYY-MM-DD (default: today)</source>
        <translation>дата начала, ГГГГ-ММ-ДД (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: metodist-cli assign set TEACHER_SNILS METHODIST_SNILS --year 2025/2026 [--category NAME] [--override-reason TEXT] [--date YYYY-MM-DD]</source>
        <translation>Использование: metodist-cli assign set TEACHER_SNILS METHODIST_SNILS --year 2025/2026 [--category NAME] [--override-reason TEXT] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Дату необходимо указать в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no teacher with СНИЛС %1.</source>
        <translation>Педагог со СНИЛС %L1 не найден.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>There is no methodist with СНИЛС %1.</source>
        <translation>Методист со СНИЛС %L1 не найден.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The teacher already has this methodist.</source>
        <translation>Педагог уже закреплён за этим методистом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned.</source>
        <translation>Закрепление выполнено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>СНИЛС of a methodist</source>
        <translation>СНИЛС методиста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended assignments too</source>
        <translation>включая завершённые закрепления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table, csv or json</source>
        <translation>table, csv или json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format takes table, csv or json.</source>
        <translation>--format принимает значения table, csv или json.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher&apos;s СНИЛС</source>
        <translation>СНИЛС педагога</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher&apos;s subject</source>
        <translation>Предмет педагога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher&apos;s municipality</source>
        <translation>Муниципалитет педагога</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Methodist&apos;s СНИЛС</source>
        <translation>СНИЛС методиста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Methodist&apos;s subject</source>
        <translation>Предмет методиста</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Methodist&apos;s municipality</source>
        <translation>Муниципалитет методиста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason (support category)</source>
        <translation>Основание (категория сопровождения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End reason</source>
        <translation>Причина завершения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for a manual choice</source>
        <translation>Причина выбора вручную</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>ended %1: %2</source>
        <translation>завершено %L1: %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows: %1</source>
        <translation>Строк: %L1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>order number</source>
        <translation>номер приказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order date, YYYY-MM-DD</source>
        <translation>дата приказа, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the assignments of this planning run</source>
        <translation>только закрепления из этого расчёта плана</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: metodist-cli order create --year 2025/2026 --number N --date YYYY-MM-DD [--run ID]</source>
        <translation>Использование: metodist-cli order create --year 2025/2026 --number N --date YYYY-MM-DD [--run ID]</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Order No. %1 of %2 created with %n teacher(s) in its appendix.</source>
        <translation>
            <numerusform>Создан приказ № %L1 от %L2, в приложении %Ln педагог.</numerusform>
            <numerusform>Создан приказ № %L1 от %L2, в приложении %Ln педагога.</numerusform>
            <numerusform>Создан приказ № %L1 от %L2, в приложении %Ln педагогов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>calendar year of issue, when numbers repeat</source>
        <translation>календарный год издания, если номера повторяются</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: metodist-cli order export NUMBER FILE.pdf|FILE.docx|FILE.odt</source>
        <translation>Использование: metodist-cli order export NUMBER FILE.pdf|FILE.docx|FILE.odt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The order was saved to %1.</source>
        <translation>Приказ сохранён в файл %L1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Orders: %1</source>
        <translation>Приказов: %L1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name of the institution</source>
        <translation>наименование учреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place of issue, e.g. г. Калининград</source>
        <translation>место издания, например г. Калининград</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position of the signatory</source>
        <translation>должность подписанта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initials and surname of the signatory</source>
        <translation>инициалы и фамилия подписанта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font family</source>
        <translation>гарнитура шрифта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size, 12 to 14</source>
        <translation>размер шрифта, от 12 до 14</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Institution: %1</source>
        <translation>Учреждение: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: %1</source>
        <translation>Место издания: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: %1 %2</source>
        <translation>Подписант: %L1 %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font: %1, %2 pt; margins %3/%4/%5/%6 mm</source>
        <translation>Шрифт: %L1, %L2 пт; поля %L3/%L4/%L5/%L6 мм</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>assign teachers to methodists: optimal automatic plan, by hand, or list</source>
        <translation>закрепление педагогов за методистами: оптимальный автоматический план, вручную или список</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>orders on assignments: create, export, list; the institution and signatory</source>
        <translation>приказы о закреплении: создание, экспорт, список; учреждение и подписант</translation>
    </message>
</context>
<context>
    <name>AssignmentListModel</name>
    <message>
        <location filename="../ui/models/AssignmentModels.cpp" line="+168"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support category</source>
        <translation>Категория сопровождения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End reason</source>
        <translation>Причина завершения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>№ %1 of %2</source>
        <translation>№ %L1 от %L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned despite warnings: %1</source>
        <translation>Закреплён несмотря на предупреждения: %L1</translation>
    </message>
</context>
<context>
    <name>AssignmentRepository</name>
    <message>
        <location filename="../core/storage/AssignmentRepository.cpp" line="+227"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <location filename="../core/services/AssignmentService.cpp" line="+42"/>
        <source>Covered %1 of %2</source>
        <translation>Охвачено %L1 из %L2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; no priority categories are set.</source>
        <translation>%L1; приоритетные категории не заданы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank %1 — %2 of %3</source>
        <translation>%L1-й ранг — %L2 из %L3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; of the priority categories: %2.</source>
        <translation>%L1; из приоритетных категорий: %L2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan covers as many teachers as possible; of such plans it takes the one that covers the most teachers of the first priority rank, then of the second, and so on; then the one with the most teachers who get a methodist of their own municipality; then it balances the methodists&apos; load by share of capacity.</source>
        <translation>План охватывает как можно больше педагогов; из таких планов выбирается тот, где охвачено больше всего педагогов первого приоритетного ранга, затем второго и так далее; затем — тот, где больше всего педагогов получают методиста своего муниципалитета; затем нагрузка методистов выравнивается по доле от нормы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the teacher&apos;s subject is not filled in</source>
        <translation>не указан предмет педагога</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no methodist of this subject</source>
        <translation>нет методиста по этому предмету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all methodists of this subject are at capacity</source>
        <translation>нагрузка всех методистов по этому предмету исчерпана</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The methodist is marked as inactive.</source>
        <translation>Методист отмечен как неактивный.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and others</source>
        <translation> и другие</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n teacher(s) teach a different subject than the methodist: %1</source>
        <translation>
            <numerusform>%Ln педагог преподаёт не тот предмет, что методист: %L1</numerusform>
            <numerusform>%Ln педагога преподают не тот предмет, что методист: %L1</numerusform>
            <numerusform>%Ln педагогов преподают не тот предмет, что методист: %L1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The methodist would have %1 teachers with a capacity of %2.</source>
        <translation>За методистом будет закреплено педагогов: %L1 при допустимой нагрузке %L2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The methodist does not meet the requirements of the regional methodical active: %1.</source>
        <translation>Методист не соответствует требованиям к региональному методическому активу: %L1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose at least one teacher.</source>
        <translation>Выберите хотя бы одного педагога.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 To assign anyway, give a reason.</source>
        <translation>%L1 Чтобы всё равно выполнить закрепление, укажите причину.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reassigned to %1</source>
        <translation>Переведён к методисту %L1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say why the assignment ends.</source>
        <translation>Укажите причину завершения закрепления.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Planning was cancelled; nothing was written.</source>
        <translation>Расчёт плана отменён; ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is too large to compute in one piece; plan one municipality or support category at a time.</source>
        <translation>План слишком велик, чтобы рассчитать его целиком; планируйте по одному муниципалитету или одной категории сопровождения.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Assignments changed since the plan was computed; compute it again.</source>
        <translation>После расчёта плана закрепления изменились; выполните расчёт заново.</translation>
    </message>
</context>
<context>
    <name>AssignmentWriter</name>
    <message>
        <location filename="../core/storage/AssignmentRepository.cpp" line="-166"/>
        <source>The teacher already has a methodist in %1; end that assignment first.</source>
        <translation>У педагога уже есть методист в %L1 учебном году; сначала завершите это закрепление.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The assignment has already ended or no longer exists.</source>
        <translation>Закрепление уже завершено или больше не существует.</translation>
    </message>
    <message>
        <location line="+242"/>
        <location line="+17"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Some of the teachers got a methodist since the plan was computed; compute it again.</source>
        <translation>После расчёта плана некоторые педагоги получили методиста; выполните расчёт заново.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <location filename="../core/storage/AuditRepository.cpp" line="+92"/>
        <source>The history of %1 is not kept.</source>
        <translation>История изменений таблицы %L1 не ведётся.</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../app/cli/CatalogueCommands.cpp" line="+33"/>
        <source>Usage: metodist-cli catalogue import FILE [--dry-run] | export FILE.csv|FILE.xlsx | list [--search TEXT] [--format table|json]</source>
        <translation>Использование: metodist-cli catalogue import ФАЙЛ [--dry-run] | export ФАЙЛ.csv|ФАЙЛ.xlsx | list [--search ТЕКСТ] [--format table|json]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table or json</source>
        <translation>table или json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of the title or the provider</source>
        <translation>часть названия или организатора</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: metodist-cli catalogue list [--search TEXT] [--format table|json]</source>
        <translation>Использование: metodist-cli catalogue list [--search ТЕКСТ] [--format table|json]</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln час</numerusform>
            <numerusform>%Ln часа</numerusform>
            <numerusform>%Ln часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>federal registry</source>
        <translation>федеральный реестр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subjects: %1</source>
        <translation>предметы: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deficits: %1</source>
        <translation>дефициты: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>levels: %1</source>
        <translation>уровни: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries: %1</source>
        <translation>Записей: %L1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the catalogue of programmes and activities for routes (ИОМ)</source>
        <translation>каталог программ и мероприятий для маршрутов (ИОМ)</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../ui/models/CatalogueModel.cpp" line="+16"/>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal registry</source>
        <translation>Федеральный реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficits</source>
        <translation>Дефициты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
</context>
<context>
    <name>CatalogueWriter</name>
    <message>
        <location filename="../core/storage/CatalogueRepository.cpp" line="+183"/>
        <source>A catalogue entry needs a kind and a title.</source>
        <translation>У записи каталога должны быть вид и название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the catalogue entry</source>
        <translation>Название записи каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The catalogue entry no longer exists; it may have been deleted by another user.</source>
        <translation>Записи каталога больше нет; возможно, её удалил другой пользователь.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+68"/>
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
        <translation>файл базы данных (по умолчанию: %L1)</translation>
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
        <translation>Неизвестный параметр %L1; справку можно получить командой metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown command «%1»; see metodist-cli --help.</source>
        <translation>Неизвестная команда «%L1»; справку можно получить командой metodist-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/Lookup.h" line="+20"/>
        <source>Give the academic year: --year 2025/2026.</source>
        <translation>Укажите учебный год: --year 2025/2026.</translation>
    </message>
</context>
<context>
    <name>CoveredOrganisationModel</name>
    <message>
        <location filename="../ui/models/NetworkModels.cpp" line="+62"/>
        <source>Covered school</source>
        <translation>Охваченная школа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/documents/CsvReader.cpp" line="+232"/>
        <source>The file «%1» changed while it was being read; nothing was taken from it. Read it again once it is saved.</source>
        <translation>Файл «%L1» изменился во время чтения; из него ничего не взято. Прочитайте его снова, когда он будет сохранён.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>«%1» is not a regular file.</source>
        <translation>«%L1» — не обычный файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the file «%1»: %2.</source>
        <translation>Не удаётся прочитать файл «%L1»: %L2.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+15"/>
        <source>The quoted cell that starts in row %1 is never closed: check the double quotes in that row.</source>
        <translation>Ячейка в кавычках, которая начинается в строке %L1, не закрыта; пожалуйста, проверьте двойные кавычки в этой строке.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+40"/>
        <source>Row %1 is longer than %2 characters; no registry row comes near that. Is this a CSV file?</source>
        <translation>Строка %L1 длиннее %L2 знаков — ни одна строка реестра не бывает такой длинной. Это точно файл CSV?</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Row %1, column %2: the quoted cell is longer than %3 characters, the limit of a spreadsheet cell; check the double quotes in that row.</source>
        <translation>Строка %L1, столбец %L2: ячейка в кавычках длиннее %L3 знаков — предела ячейки электронной таблицы; проверьте двойные кавычки в этой строке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1, column %2: the cell is longer than %3 characters, the limit of a spreadsheet cell.</source>
        <translation>Строка %L1, столбец %L2: ячейка длиннее %L3 знаков — предела ячейки электронной таблицы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has more than %2 cells, the columns of a whole spreadsheet; is «%3» really the delimiter?</source>
        <translation>В строке %L1 больше %L2 ячеек — больше, чем столбцов на целом листе; точно ли разделитель «%L3»?</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/documents/CsvWriter.cpp" line="+45"/>
        <location line="+3"/>
        <source>Cannot write the file «%1»: %2.</source>
        <translation>Не удаётся записать файл «%L1»: %L2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+44"/>
        <location filename="../core/storage/FastStatement.cpp" line="+60"/>
        <location filename="../core/storage/SqliteFile.cpp" line="+76"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>The database reported an error: %1.</source>
        <translation>База данных сообщила об ошибке: %L1.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="+82"/>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1» is a folder, not a database file.</source>
        <translation>Путь «%L1» указывает на папку, а не на файл базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«%1» is not a regular file.</source>
        <translation>«%L1» — не обычный файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» is not a Metodist database: the file is empty. The file was not changed.</source>
        <translation>Файл «%L1» не является базой данных Metodist: файл пуст. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file «%1» does not exist. Check the path, or create a database with «metodist-cli init» or «Файл → Создать».</source>
        <translation>Файла базы данных «%L1» нет. Проверьте путь или создайте базу командой «metodist-cli init» или через «Файл → Создать».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>«%1» is not a Metodist database: it holds no Metodist data (its creation was interrupted, or it is an empty SQLite file). The file was not changed.</source>
        <translation>Файл «%L1» не является базой данных Metodist: в нём нет данных Metodist (её создание было прервано, или это пустой файл SQLite). Файл не изменён.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>«%1» is not a Metodist database: it is not a SQLite file. The file was not changed.</source>
        <translation>Файл «%L1» не является базой данных Metodist: это не файл SQLite. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The backup to «%1» failed: the copy could not be written to the disk.</source>
        <translation>Резервная копия в «%L1» не создана: копию не удалось записать на диск.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresServer.cpp" line="+163"/>
        <location filename="../core/storage/SqliteFile.cpp" line="+6"/>
        <source>The backup to «%1» failed: the file could not be given its name (does it exist already?).</source>
        <translation>Резервная копия в «%L1» не создана: файлу не удалось дать это имя (возможно, такой файл уже есть).</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../core/storage/SqliteFile.cpp" line="-176"/>
        <location line="+139"/>
        <source>Cannot create the folder «%1».</source>
        <translation>Не удаётся создать папку «%L1».</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+127"/>
        <location filename="../core/storage/FastStatement.cpp" line="+200"/>
        <source>The database gave no id for the new record.</source>
        <translation>База данных не сообщила номер новой записи.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="-193"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>Cannot open the database «%1»: %2.</source>
        <translation>Не удаётся открыть базу данных «%L1»: %L2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>«%1» can only be read here: the file or its folder is read-only, and this changes the database. The file was not changed.</source>
        <translation>«%L1» здесь можно только читать: файл или его папка доступны только для чтения, а эта команда изменяет базу данных. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>Cannot prepare the database «%1»: %2</source>
        <translation>Не удаётся подготовить базу данных «%L1»: %L2</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresServer.cpp" line="-102"/>
        <source>This installation cannot connect to a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Эта установка не может подключиться к серверу PostgreSQL: нет драйвера PostgreSQL для Qt (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot connect to the server «%1»: %2</source>
        <translation>Не удаётся подключиться к серверу «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot prepare the connection to «%1»: %2</source>
        <translation>Не удаётся подготовить подключение к «%L1»: %L2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+138"/>
        <source>The database «%1» was written by a newer version of Metodist (schema %2; this version knows up to %3). Update the program to open it; nothing was changed.</source>
        <translation>База данных «%L1» записана более новой версией «Методиста» (схема %L2; эта версия знает схемы до %L3). Обновите программу, чтобы открыть её; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresServer.cpp" line="+13"/>
        <source>The database «%1» holds no Metodist registry yet. Create it with «metodist-cli --db %1 init»; nothing was changed.</source>
        <translation>В базе данных «%L1» ещё нет реестра «Методиста». Создайте его командой «metodist-cli --db %L1 init»; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+17"/>
        <source>The database «%1» was written by an older version of Metodist (schema %2); run a command that changes it to upgrade it to schema %3. Nothing was changed.</source>
        <translation>База данных «%L1» записана более старой версией «Методиста» (схема %L2); чтобы обновить её до схемы %L3, выполните команду, которая её изменяет. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresServer.cpp" line="+18"/>
        <location filename="../core/storage/SqliteFile.cpp" line="+20"/>
        <location line="+9"/>
        <source>«%1» cannot be read as a database: %2</source>
        <translation>Файл «%L1» не удаётся прочитать как базу данных: %L2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database «%1» belongs to another program: it has tables, but not Metodist&apos;s. Give Metodist a database of its own (createdb); nothing was changed.</source>
        <translation>База данных «%L1» принадлежит другой программе: в ней есть таблицы, но не «Методиста». Выделите «Методисту» отдельную базу данных (createdb); ничего не изменено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A copy of a server database is made by pg_dump, which is not installed (Debian package postgresql-client).</source>
        <translation>Копию базы данных на сервере делает программа pg_dump, а она не установлена (пакет Debian postgresql-client).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup to «%1» failed: pg_dump reported: %2</source>
        <translation>Резервная копия в «%L1» не сделана: pg_dump сообщил: %L2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>local socket</source>
        <translation>локальный сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1 (%2), database «%3», role «%4»</source>
        <translation>PostgreSQL %L1 (%L2), база данных «%L3», роль «%L4»</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="+12"/>
        <source>«%1» is a SQLite database of another program, not of Metodist. The file was not changed.</source>
        <translation>Файл «%L1» является базой данных SQLite другой программы, а не Metodist. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresServer.cpp" line="-62"/>
        <location filename="../core/storage/SqliteFile.cpp" line="+5"/>
        <source>Cannot read the schema version of «%1»: %2</source>
        <translation>Не удаётся прочитать версию схемы базы данных «%L1»: %L2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="-191"/>
        <source>Your role on the server does not allow this (the server said: %1). Ask the registry&apos;s administrator if you need it.</source>
        <translation>Ваша роль на сервере не позволяет это сделать (ответ сервера: %L1). Если вам это нужно, обратитесь к администратору реестра.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The database was not upgraded because the backup copy failed: %1</source>
        <translation>База данных не обновлена, так как не удалось создать резервную копию: %L1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Schema %1 cannot be created on this database engine yet: its step uses %2, which only SQLite knows.</source>
        <translation>Схему %L1 пока нельзя создать в этой СУБД: её шаг использует %L2, что есть только в SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrade of the database to schema %1 failed; nothing was changed. %2</source>
        <translation>Не удалось обновить базу данных до схемы %L1; изменения не внесены. %L2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Row %1 of table «%2» refers to a missing row of «%3».</source>
        <translation>Строка %L1 таблицы «%L2» ссылается на отсутствующую строку таблицы «%L3».</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="+44"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresServer.cpp" line="+20"/>
        <location filename="../core/storage/SqliteFile.cpp" line="+5"/>
        <source>The file «%1» already exists; choose a new name for the backup.</source>
        <translation>Файл «%L1» уже существует; пожалуйста, выберите другое имя для резервной копии.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteFile.cpp" line="+29"/>
        <source>The backup to «%1» failed: %2</source>
        <translation>Не удалось создать резервную копию в файле «%L1»: %L2</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../app/cli/DatabaseCommands.cpp" line="+28"/>
        <source>region preset</source>
        <translation>набор данных региона</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init takes no arguments besides --region.</source>
        <translation>Команда init не принимает аргументов, кроме --region.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no region preset «%1»; the presets are: %2.</source>
        <translation>Нет заготовки региона «%L1»; есть заготовки: %L2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database %1 is ready (schema %2).</source>
        <translation>База данных %L1 готова (схема %L2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dictionary entries added: %1.</source>
        <translation>Добавлено записей справочников: %L1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: %1; municipalities added: %2.</source>
        <translation>Регион: %L1; добавлено муниципалитетов: %L2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>check takes no arguments.</source>
        <translation>Команда check не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: %1</source>
        <translation>База данных: %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server: %1.</source>
        <translation>Сервер: %L1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role in this registry: %1.</source>
        <translation>Роль в этом реестре: %L1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema version: %1 (current).</source>
        <translation>Версия схемы: %L1 (актуальная).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version: %1; the program will upgrade it to %2 when it opens the file.</source>
        <translation>Версия схемы: %L1; программа обновит её до версии %L2 при открытии файла.</translation>
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
            <numerusform>Проверка целостности обнаружила %Ln проблему.</numerusform>
            <numerusform>Проверка целостности обнаружила %Ln проблемы.</numerusform>
            <numerusform>Проверка целостности обнаружила %Ln проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: metodist-cli backup FILE</source>
        <translation>Использование: metodist-cli backup FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written to %1.</source>
        <translation>Резервная копия сохранена в файл %L1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the registry to copy (default: the --db database)</source>
        <translation>реестр, который нужно скопировать (по умолчанию — база данных из --db)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new file or an empty server database</source>
        <translation>новый файл или пустая база данных на сервере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: metodist-cli migrate [--from LOCATION] --to LOCATION</source>
        <translation>Использование: metodist-cli migrate [--from LOCATION] --to LOCATION</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied «%1» to «%2».</source>
        <translation>Реестр «%L1» скопирован в «%L2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksums</source>
        <translation>Контрольные суммы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>match</source>
        <translation>совпадают</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFER</source>
        <translation>РАЗЛИЧАЮТСЯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema steps: the same on both sides (%1).</source>
        <translation>Шаги обновления схемы: одинаковы в источнике и в копии (%L1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema steps: %1 in the source, %2 in the copy.</source>
        <translation>Шаги обновления схемы: в источнике — %L1, в копии — %L2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy in «%1» differs from the source in: %2. Do not work in it; find out why and move the registry again into a new database.</source>
        <translation>Копия в «%L1» отличается от источника в таблицах: %L2. Не работайте в ней; выясните причину и перенесите реестр заново в новую базу данных.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) copied in %1 s; every table matches the source.</source>
        <translation>
            <numerusform>Скопирована %Ln строка за %L1 с; все таблицы совпадают с источником.</numerusform>
            <numerusform>Скопированы %Ln строки за %L1 с; все таблицы совпадают с источником.</numerusform>
            <numerusform>Скопировано %Ln строк за %L1 с; все таблицы совпадают с источником.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
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
    <message>
        <location line="+3"/>
        <source>move a registry whole between a file and a server (into a new file or an empty server database) and compare every table</source>
        <translation>перенести реестр целиком между файлом и сервером (в новый файл или в пустую базу данных на сервере) и сравнить все таблицы</translation>
    </message>
</context>
<context>
    <name>DemoRegion</name>
    <message>
        <location filename="../core/services/DemoRegion.cpp" line="+20"/>
        <source>The numbers of teachers and methodists cannot be negative.</source>
        <translation>Количество педагогов и методистов не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The region has no municipalities.</source>
        <translation>В регионе нет ни одного муниципалитета.</translation>
    </message>
    <message>
        <location filename="../core/services/demo/DemoPeople.cpp" line="+92"/>
        <source>The name lists of the demonstration region are missing from the program.</source>
        <translation>В программе нет списков имён демонстрационного региона.</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+76"/>
        <location filename="../core/services/demo/SupportWork.cpp" line="+56"/>
        <source>The generation was cancelled; the database was not changed.</source>
        <translation>Создание демонстрационных данных отменено; база данных не изменена.</translation>
    </message>
</context>
<context>
    <name>DevelopmentWriter</name>
    <message>
        <location filename="../core/storage/DevelopmentRepository.cpp" line="+10"/>
        <source>A professional development record belongs to one teacher or one methodist.</source>
        <translation>Запись о повышении квалификации должна относиться либо к одному педагогу, либо к одному методисту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme of professional development must be named.</source>
        <translation>Необходимо указать название программы повышения квалификации.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+108"/>
        <source>A diagnostics result needs a date and a level of competence.</source>
        <translation>Для результата диагностики необходимо указать дату и уровень компетенций.</translation>
    </message>
</context>
<context>
    <name>DictionaryCommands</name>
    <message>
        <location filename="../app/cli/DictionaryCommands.cpp" line="+36"/>
        <source>Usage: metodist-cli dictionary list [DICT] [--format table|json]
       metodist-cli dictionary alias DICT &quot;TEXT&quot; CODE|NAME [--remove]
       metodist-cli dictionary alias [DICT] --file FILE.csv|FILE.xlsx
       metodist-cli dictionary alias DICT --export FILE.csv|FILE.xlsx</source>
        <translation>Использование: metodist-cli dictionary list [СПРАВОЧНИК] [--format table|json]
       metodist-cli dictionary alias СПРАВОЧНИК &quot;ТЕКСТ&quot; КОД|НАЗВАНИЕ [--remove]
       metodist-cli dictionary alias [СПРАВОЧНИК] --file ФАЙЛ.csv|ФАЙЛ.xlsx
       metodist-cli dictionary alias СПРАВОЧНИК --export ФАЙЛ.csv|ФАЙЛ.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no dictionary «%1»; the dictionaries are: %2.</source>
        <translation>Справочника «%L1» нет; справочники: %L2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table or json</source>
        <translation>table или json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The format is table or json.</source>
        <translation>Формат — table или json.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>aliases: %1</source>
        <translation>псевдонимы: %L1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>remove the alias instead of adding it</source>
        <translation>удалить псевдоним, а не добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add every alias of a file (columns: dictionary, value, entry)</source>
        <translation>добавить все псевдонимы из файла (столбцы: справочник, значение, запись)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the dictionary&apos;s aliases to a file</source>
        <translation>записать псевдонимы справочника в файл</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Aliases written to %1.</source>
        <translation>Псевдонимы записаны в %L1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The dictionary «%1» has no entry «%2».</source>
        <translation>В справочнике «%L1» нет записи «%L2».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«%1» is not an alias of «%2».</source>
        <translation>«%L1» — не псевдоним записи «%L2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alias «%1» removed.</source>
        <translation>Псевдоним «%L1» удалён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» now means «%2» in the dictionary «%3».</source>
        <translation>«%L1» теперь означает «%L2» в справочнике «%L3».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>error: </source>
        <translation>ошибка: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No alias was added: %n row(s) of the file have errors.</source>
        <translation>
            <numerusform>Ни один псевдоним не добавлен: в %Ln строке файла ошибки.</numerusform>
            <numerusform>Ни один псевдоним не добавлен: в %Ln строках файла ошибки.</numerusform>
            <numerusform>Ни один псевдоним не добавлен: в %Ln строках файла ошибки.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aliases added: %1.</source>
        <translation>Добавлено псевдонимов: %L1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows without an entry, skipped: %1.</source>
        <translation>Пропущено строк без записи: %L1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows of other dictionaries, skipped: %1.</source>
        <translation>Пропущено строк других справочников: %L1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list dictionaries with their aliases; add or remove aliases</source>
        <translation>показать справочники с псевдонимами; добавить или удалить псевдонимы</translation>
    </message>
</context>
<context>
    <name>DictionaryRepository</name>
    <message>
        <location filename="../core/storage/DictionaryRepository.cpp" line="+47"/>
        <location line="+55"/>
        <source>There is no dictionary «%1».</source>
        <translation>Справочника «%L1» не существует.</translation>
    </message>
</context>
<context>
    <name>DictionaryService</name>
    <message>
        <location filename="../core/services/DictionaryService.cpp" line="+14"/>
        <location line="+7"/>
        <source>The name of the entry is empty.</source>
        <translation>Название элемента не заполнено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The entries of «%1» are part of the model and are not removed.</source>
        <translation>Элементы справочника «%L1» — часть модели; их не удаляют.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Row %1: the dictionary «%2» has no entry «%3».</source>
        <translation>Строка %L1: в справочнике «%L2» нет записи «%L3».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: %2</source>
        <translation>Строка %L1: %L2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Entries are not added to the dictionary «%1» from a file; choose an entry for «%2».</source>
        <translation>Из файла записи в справочник «%L1» не добавляются; выберите запись для «%L2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«%1»: %2</source>
        <translation>«%L1»: %L2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>The name of the organisation is empty.</source>
        <translation>Название организации не заполнено.</translation>
    </message>
</context>
<context>
    <name>DictionaryWriter</name>
    <message>
        <location filename="../core/storage/DictionaryRepository.cpp" line="+17"/>
        <source>There is no dictionary «%1».</source>
        <translation>Справочника «%L1» не существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>The name must not be empty.</source>
        <translation>Название не должно быть пустым.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+33"/>
        <source>«%1» is already in the dictionary «%2».</source>
        <translation>Запись «%L1» уже есть в справочнике «%L2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>The entry no longer exists; it may have been deleted by another user.</source>
        <translation>Запись больше не существует; возможно, её удалил другой пользователь.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The entry is in use (by organisations, people or plans) and cannot be deleted; rename it instead.</source>
        <translation>Запись используется (организациями, людьми или планами) и не может быть удалена; вместо удаления её можно переименовать.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The alias must have letters or digits.</source>
        <translation>В псевдониме должны быть буквы или цифры.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«%1» is already the name or code of the entry «%2» of the dictionary «%3».</source>
        <translation>«%L1» — уже название или код записи «%L2» справочника «%L3».</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This dictionary is sorted alphabetically.</source>
        <translation>Этот справочник упорядочен по алфавиту.</translation>
    </message>
</context>
<context>
    <name>EditFields</name>
    <message>
        <location filename="../core/services/EditFields.cpp" line="+115"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Имя</translation>
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
        <location line="+14"/>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <location line="+121"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+24"/>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Qualification category</source>
        <translation>Квалификационная категория</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+29"/>
        <source>Category given on</source>
        <translation>Дата присвоения категории</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Category applied for</source>
        <translation>Заявленная категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of competence</source>
        <translation>Уровень компетенций</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+55"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+120"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="-115"/>
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
        <location line="+1"/>
        <source>ПК on a federal-registry programme</source>
        <translation>ПК по программе из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active member of the РМА</source>
        <translation>Действующий член РМА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined the РМА</source>
        <translation>Дата включения в РМА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the РМА</source>
        <translation>Дата выхода из РМА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for leaving</source>
        <translation>Причина выхода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+31"/>
        <location line="+16"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the model</source>
        <translation>Этап модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration, minutes</source>
        <translation>Продолжительность, минут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme in the federal registry</source>
        <translation>Программа из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internship site</source>
        <translation>Стажировочная площадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (head)</source>
        <translation> (руководитель)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional</source>
        <translation>региональная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host organisation</source>
        <translation>Базовая организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered schools</source>
        <translation>Охваченные школы</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../core/domain/Methodist.cpp" line="+11"/>
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
            <numerusform>стаж менее %Ln года</numerusform>
            <numerusform>стаж менее %Ln лет</numerusform>
            <numerusform>стаж менее %Ln лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../ui/models/JournalModels.cpp" line="+101"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the model</source>
        <translation>Этап модели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <location filename="../core/storage/EventRepository.cpp" line="+39"/>
        <source>The event must have a title.</source>
        <translation>Укажите название события.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event must have a date.</source>
        <translation>Укажите дату события.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event cannot end before it starts.</source>
        <translation>Дата окончания события не может быть раньше даты начала.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The event no longer exists.</source>
        <translation>Событие больше не существует.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <location filename="../app/cli/HistoryCommands.cpp" line="+22"/>
        <source>teacher, methodist or organisation</source>
        <translation>teacher, methodist или organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record&apos;s id (a person&apos;s СНИЛС also does)</source>
        <translation>номер (id) записи; для человека подойдёт и СНИЛС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the history to this CSV (or .xlsx) file</source>
        <translation>записать историю в этот файл CSV (или .xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no teacher with СНИЛС %1.</source>
        <translation>Педагог со СНИЛС %L1 не найден.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no methodist with СНИЛС %1.</source>
        <translation>Методист со СНИЛС %L1 не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id of an organisation is a whole number.</source>
        <translation>Номер (id) организации должен быть целым числом.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>History of %n change(s) written to %1.</source>
        <translation>
            <numerusform>История сохранена в файл %L1: %Ln изменение.</numerusform>
            <numerusform>История сохранена в файл %L1: %Ln изменения.</numerusform>
            <numerusform>История сохранена в файл %L1: %Ln изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No changes are recorded.</source>
        <translation>Записанных изменений нет.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: metodist-cli history teacher|methodist|organisation ID [--csv FILE]</source>
        <translation>Использование: metodist-cli history teacher|methodist|organisation ID [--csv FILE]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who changed what and when about a record (kept on a shared server); --csv exports it</source>
        <translation>кто, что и когда изменил в записи (история ведётся на общем сервере); --csv выгружает её в файл</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/dialogs/HistoryDialog.cpp" line="+29"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <location filename="../core/services/HistoryService.cpp" line="+96"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Имя</translation>
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
        <location line="+83"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет</translation>
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
        <location line="+1"/>
        <source>Category given on</source>
        <translation>Дата присвоения категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for the category</source>
        <translation>Заявлена категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of competence</source>
        <translation>Уровень компетенций</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>ПК on a federal-registry programme</source>
        <translation>ПК по программе из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active member of the РМА</source>
        <translation>Действующий член РМА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Включён(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Вышел(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leaving</source>
        <translation>Причина выхода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (staff)</source>
        <translation>Ставка (штатный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low results (ШНОР)</source>
        <translation>Низкие образовательные результаты (ШНОР)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«Точка роста»</source>
        <translation>«Точка роста»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internship site</source>
        <translation>Стажировочная площадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«Кванториум»</source>
        <translation>«Кванториум»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«IT-куб»</source>
        <translation>«IT-куб»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target model of mentoring</source>
        <translation>Целевая модель наставничества</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+164"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+50"/>
        <location line="+166"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+216"/>
        <source>Support category</source>
        <translation>Категория сопровождения</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+220"/>
        <source>End reason</source>
        <translation>Причина завершения</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for a manual choice</source>
        <translation>Причина выбора вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federal registry</source>
        <translation>Федеральный реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosed on</source>
        <translation>Дата диагностики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the network</source>
        <translation>Структура сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans for the next year</source>
        <translation>Планы на следующий год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration, minutes</source>
        <translation>Продолжительность, минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+154"/>
        <source>Assignment %1 — %2</source>
        <translation>Закрепление %L1 — %L2</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Support categories</source>
        <translation>Категории сопровождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ПК course</source>
        <translation>Курс повышения квалификации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support network</source>
        <translation>Сеть поддержки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmap %1</source>
        <translation>Дорожная карта %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmap activity</source>
        <translation>Мероприятие дорожной карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual route %1</source>
        <translation>Индивидуальный маршрут %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work log</source>
        <translation>Журнал работы</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Assigned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is a file of one person: it keeps the history of assignments only. The full history of changes — who changed what and when — is kept on a shared server.</source>
        <translation>Эта база данных — файл одного человека: в ней хранится только история закреплений. Полная история изменений — кто, что и когда изменил — ведётся на общем сервере.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../core/services/ImportColumns.cpp" line="+291"/>
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
    <message>
        <location line="+2"/>
        <source>teachers&apos; professional development (ПК)</source>
        <translation>курсы повышения квалификации педагогов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teachers&apos; diagnostics results</source>
        <translation>результаты диагностики педагогов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the methodists&apos; work log</source>
        <translation>журнал работы методистов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalogue of programmes and activities</source>
        <translation>каталог программ и мероприятий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the units of the support network</source>
        <translation>структуры сети поддержки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the members and covered schools of the support network</source>
        <translation>участники и охваченные школы сети поддержки</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/services/Importer.cpp" line="+32"/>
        <source>Row %1: %2</source>
        <translation>Строка %L1: %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column «%2»: %3</source>
        <translation>Строка %L1, столбец «%L2»: %L3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column «%1»: %2</source>
        <translation>столбец «%L1»: %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>…and %n more row(s) with the same fault (%1)</source>
        <translation>
            <numerusform>…и ещё %Ln строка с той же ошибкой (%L1)</numerusform>
            <numerusform>…и ещё %Ln строки с той же ошибкой (%L1)</numerusform>
            <numerusform>…и ещё %Ln строк с той же ошибкой (%L1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%Ln строка: %L1</numerusform>
            <numerusform>%Ln строки: %L1</numerusform>
            <numerusform>%Ln строк: %L1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column «%1»: «%2» is not in the dictionary «%3» (%4).</source>
        <translation>Столбец «%L1»: значения «%L2» нет в справочнике «%L3» (%L4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perhaps «%1».</source>
        <translation>Возможно, имелось в виду «%L1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>предупреждение: %L1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>error: %1</source>
        <translation>ошибка: %L1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>other faults, such as row %1: %2</source>
        <translation>другие ошибки, например в строке %L1: %L2</translation>
    </message>
    <message>
        <location filename="../core/services/import/ImportRun.cpp" line="+270"/>
        <source>No header row was found in the first %1 rows of the file; the columns expected for %2 include %3.</source>
        <translation>В первых %L1 строках файла не найдена строка заголовка; для импорта «%L2» требуются, в частности, столбцы %L3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header in row %1 lacks the required column(s) %2; nothing was imported.</source>
        <translation>В заголовке (строка %L1) отсутствуют обязательные столбцы: %L2; данные не импортированы.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+106"/>
        <location line="+2"/>
        <location line="+192"/>
        <location filename="../core/services/import/ImportWriters.cpp" line="+27"/>
        <location line="+33"/>
        <location line="+141"/>
        <location line="+189"/>
        <location filename="../core/services/import/NetworkImport.cpp" line="+79"/>
        <location line="+40"/>
        <source>The value is required.</source>
        <translation>Значение обязательно.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>«%1» is not in the dictionary «%2»; add it there or correct the file.</source>
        <translation>Значения «%L1» нет в справочнике «%L2»; добавьте его в справочник или исправьте файл.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The full name needs at least a surname and a first name.</source>
        <translation>В ФИО необходимо указать как минимум фамилию и имя.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../core/services/import/ImportWriters.cpp" line="-166"/>
        <source>The same person is already in row %1 of this file.</source>
        <translation>Этот же человек уже указан в строке %L1 этого файла.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No methodist with the СНИЛС %1 is in the registry; import the methodists first.</source>
        <translation>Методиста со СНИЛС %L1 нет в реестре; сначала импортируйте методистов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No teacher with the СНИЛС %1 is in the registry; import the teachers first.</source>
        <translation>Педагога со СНИЛС %L1 нет в реестре; сначала импортируйте педагогов.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A СНИЛС or the methodist&apos;s surname and first name are required.</source>
        <translation>Нужен СНИЛС или фамилия и имя методиста.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A СНИЛС or the teacher&apos;s surname and first name are required.</source>
        <translation>Нужен СНИЛС или фамилия и имя педагога.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No methodist «%1» is in the registry; import the methodists first.</source>
        <translation>Методиста «%L1» нет в реестре; сначала импортируйте методистов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No teacher «%1» is in the registry; import the teachers first.</source>
        <translation>Педагога «%L1» нет в реестре; сначала импортируйте педагогов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No teacher «%1» of «%2» is in the registry.</source>
        <translation>Педагога «%L1» из организации «%L2» нет в реестре.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several methodists named «%1» are in the registry; add the СНИЛС to tell them apart.</source>
        <translation>В реестре несколько методистов с ФИО «%L1»; укажите СНИЛС, чтобы их различить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several teachers named «%1» are in the registry; add the СНИЛС to tell them apart.</source>
        <translation>В реестре несколько педагогов с ФИО «%L1»; укажите СНИЛС, чтобы их различить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several teachers named «%1» are in the registry; add the СНИЛС or the organisation to tell them apart.</source>
        <translation>В реестре несколько педагогов с ФИО «%L1»; добавьте СНИЛС или организацию, чтобы различить их.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>«%1» is not a date; write it as 25.03.2026.</source>
        <translation>«%L1» — не дата; запишите её как 25.03.2026.</translation>
    </message>
    <message>
        <location filename="../core/services/import/ImportWriters.cpp" line="-193"/>
        <location line="+36"/>
        <source>The hours must be a whole positive number, not «%1».</source>
        <translation>Количество часов должно быть целым положительным числом, а не «%L1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected «очно», «дистанционно» or «смешанно», not «%1».</source>
        <translation>Ожидается «очно», «дистанционно» или «смешанно», а не «%L1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The same entry (title and provider) is already in row %1 of this file.</source>
        <translation>Эта же запись (название и организатор) уже есть в строке %L1 этого файла.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>«%1» is not a positive whole number of minutes.</source>
        <translation>«%L1» не является целым положительным числом минут.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+67"/>
        <source>The experience must be a whole number of years, not «%1».</source>
        <translation>Стаж должен быть указан целым числом лет, а не «%L1».</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The date of application is given; name the category applied for.</source>
        <translation>Указана дата заявления; укажите заявленную категорию.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The load must be a whole positive number of teachers, not «%1».</source>
        <translation>Нагрузка должна быть указана целым положительным числом педагогов, а не «%L1».</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+42"/>
        <location line="+200"/>
        <location line="+4"/>
        <location line="+121"/>
        <source>Expected «да» or «нет», not «%1».</source>
        <translation>Ожидается «да» или «нет», а не «%L1».</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The rate must be a number above 0 and at most 2, e.g. 0,5; not «%1».</source>
        <translation>Ставка — число больше 0 и не больше 2, например 0,5; а не «%L1».</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Saved, but does not meet the requirements of the regional methodical active: %1.</source>
        <translation>Запись сохранена, но не соответствует требованиям к региональному методическому активу: %L1.</translation>
    </message>
    <message>
        <location filename="../core/services/import/ImportRun.cpp" line="+90"/>
        <source>Row %1 could not be saved, so nothing was imported: %2</source>
        <translation>Не удалось сохранить строку %L1, поэтому данные не импортированы: %L2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The import was cancelled; the database was not changed.</source>
        <translation>Импорт отменён; база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../core/services/import/NetworkImport.cpp" line="-67"/>
        <source>No organisation «%1» is in «%2»; import the organisations first.</source>
        <translation>Организации «%L1» нет в «%L2»; сначала импортируйте организации.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organisation «%1» is in the registry; import the organisations first.</source>
        <translation>Организации «%L1» нет в реестре; сначала импортируйте организации.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations named «%1» are in several municipalities; name the municipality in the column «%2».</source>
        <translation>Организации «%L1» есть в нескольких муниципалитетах; укажите муниципалитет в столбце «%L2».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The same unit (kind, municipality and name) is already in row %1 of this file.</source>
        <translation>Та же структура (вид, муниципалитет и название) уже есть в строке %L1 этого файла.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Expected «участник» or «руководитель», not «%1».</source>
        <translation>Ожидается «участник» или «руководитель», а не «%L1».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A row names one member: a teacher or a methodist, not both.</source>
        <translation>В строке указывается один участник: педагог или методист, но не оба.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The row names neither a member (СНИЛС or ФИО) nor a covered school (Организация).</source>
        <translation>В строке не указан ни участник (СНИЛС или ФИО), ни охваченная школа (Организация).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No unit «%1» of the kind «%2» is in «%3»; import the units first.</source>
        <translation>Структуры «%L1» вида «%L2» нет в «%L3»; сначала импортируйте структуры сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No regional unit «%1» of the kind «%2» is in the network; import the units first.</source>
        <translation>Региональной структуры «%L1» вида «%L2» нет в сети; сначала импортируйте структуры сети.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../ui/models/MonitoringModels.cpp" line="+78"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (entered by hand)</source>
        <translation>%L1 (введено вручную)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Double-click to see the list.</source>
        <translation>%L1
Дважды щёлкните, чтобы открыть список.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Met</source>
        <translation>Достигнуто</translation>
    </message>
</context>
<context>
    <name>ManualValueModel</name>
    <message>
        <location filename="../ui/dialogs/ManualValuesDialog.cpp" line="+34"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>Methodist</name>
    <message>
        <location filename="../core/domain/Methodist.cpp" line="+17"/>
        <source>Reason for leaving</source>
        <translation>Причина выхода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail «%1» is not an address (name@domain).</source>
        <translation>«%L1» — не адрес электронной почты (имя@домен).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of leaving the РМА is before the date of joining.</source>
        <translation>Дата выхода из РМА раньше даты включения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate must be above 0 and at most 2 (e.g. 0,5).</source>
        <translation>Ставка должна быть больше 0 и не больше 2 (например, 0,5).</translation>
    </message>
</context>
<context>
    <name>MethodistLoadModel</name>
    <message>
        <location filename="../ui/models/AssignmentModels.cpp" line="-102"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers / capacity</source>
        <translation>Педагогов / нагрузка</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Over capacity: %1 teachers with a capacity of %2.</source>
        <translation>Нагрузка превышена: закреплено педагогов — %L1 при допустимой нагрузке %L2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive member of the regional methodical active.</source>
        <translation>Неактивный участник регионального методического актива.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not meet the requirements of the regional methodical active: %1.</source>
        <translation>Не соответствует требованиям к региональному методическому активу: %L1.</translation>
    </message>
</context>
<context>
    <name>MethodistRepository</name>
    <message>
        <location filename="../core/storage/MethodistRepository.cpp" line="+30"/>
        <source>Another person with this СНИЛС is already in the registry.</source>
        <translation>В реестре уже есть другой человек с таким СНИЛС.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+116"/>
        <source>The methodist no longer exists; the list may be out of date.</source>
        <translation>Запись о методисте больше не существует; возможно, список устарел.</translation>
    </message>
</context>
<context>
    <name>MethodistSource</name>
    <message>
        <location filename="../ui/models/RegistrySources.cpp" line="+51"/>
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
        <location line="+30"/>
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
        <translation>не выполнены: %L1</translation>
    </message>
</context>
<context>
    <name>MethodistWriter</name>
    <message numerus="yes">
        <location filename="../core/storage/MethodistRepository.cpp" line="-140"/>
        <source>%n teacher(s) are assigned to the methodist in %1; reassign them or end the assignments before deleting the methodist.</source>
        <translation>
            <numerusform>За методистом в %L1 учебном году закреплён %Ln педагог; прежде чем удалить методиста, переведите его к другому методисту или завершите закрепление.</numerusform>
            <numerusform>За методистом в %L1 учебном году закреплены %Ln педагога; прежде чем удалить методиста, переведите их к другому методисту или завершите закрепления.</numerusform>
            <numerusform>За методистом в %L1 учебном году закреплены %Ln педагогов; прежде чем удалить методиста, переведите их к другому методисту или завершите закрепления.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The methodist has a history of assignments and cannot be deleted; mark them as inactive instead.</source>
        <translation>У методиста есть история закреплений, поэтому его нельзя удалить; вместо этого отметьте его как неактивного.</translation>
    </message>
</context>
<context>
    <name>MonitoringCatalogue</name>
    <message>
        <location filename="../core/domain/Monitoring.cpp" line="+23"/>
        <source>Share of regional methodists who passed professional development on federal-registry programmes</source>
        <translation>Доля региональных методистов, прошедших повышение квалификации по программам из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodists with federal-registry professional development</source>
        <translation>Методисты, прошедшие ПК по программам из федерального реестра</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Active methodists</source>
        <translation>Действующие методисты</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Share of teachers involved in the system of methodical support (assigned to a methodist)</source>
        <translation>Доля педагогов, вовлечённых в систему методического сопровождения (закреплённых за методистом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Teachers with an active assignment this year</source>
        <translation>Педагоги с действующим закреплением в этом учебном году</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+35"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Share of teachers who passed the assessment of competences and follow an individual route</source>
        <translation>Доля педагогов, прошедших оценку профессиональных компетенций и обучающихся по индивидуальному образовательному маршруту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosed teachers with a route this year</source>
        <translation>Педагоги, прошедшие диагностику и имеющие маршрут в этом учебном году</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of teachers who passed professional development on federal-registry programmes this year</source>
        <translation>Доля педагогов, прошедших повышение квалификации по программам из федерального реестра в этом учебном году</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers with federal-registry professional development completed this year</source>
        <translation>Педагоги, завершившие ПК по программам из федерального реестра в этом учебном году</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers per regional methodist</source>
        <translation>Число педагогов на одного регионального методиста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of assigned teachers the methodists worked with this year (work log)</source>
        <translation>Доля закреплённых педагогов, с которыми методисты работали в этом учебном году (по журналу работы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned teachers with work log entries this year</source>
        <translation>Закреплённые педагоги, по которым есть записи в журнале работы за этот учебный год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of roadmap activities done</source>
        <translation>Доля выполненных мероприятий дорожных карт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities done</source>
        <translation>Выполненные мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities planned in the year&apos;s roadmaps</source>
        <translation>Мероприятия, запланированные в дорожных картах учебного года</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of individual routes completed</source>
        <translation>Доля завершённых индивидуальных образовательных маршрутов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes with every item done</source>
        <translation>Маршруты, все элементы которых выполнены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes of the year</source>
        <translation>Маршруты учебного года</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of teachers with an individual route (ИОМ) developed by a methodist</source>
        <translation>Доля педагогов, для которых методистом разработан ИОМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers with a route this year</source>
        <translation>Педагоги с маршрутом в этом учебном году</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of teachers who are members of the regional methodical active (РМА)</source>
        <translation>Доля педагогических работников, вошедших в состав регионального методического актива (РМА)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodists in the РМА during the year</source>
        <translation>Методисты, входившие в РМА в течение года</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of schools covered by centres of methodical support (ЦМН)</source>
        <translation>Доля ОО, охваченных центрами методического сопровождения (ЦМН)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools covered by a ЦМН</source>
        <translation>ОО, охваченные ЦМН</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <location line="+35"/>
        <source>Schools</source>
        <translation>Образовательные организации</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Share of teachers covered by centres of methodical support (ЦМН)</source>
        <translation>Доля педагогических работников, охваченных ЦМН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers of schools covered by a ЦМН or its members</source>
        <translation>Педагоги ОО, охваченных ЦМН, и участники ЦМН</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of teachers trained on federal-registry programmes (all years up to the end of this one)</source>
        <translation>Доля педагогов, обученных по программам из федерального реестра (за все годы по конец учебного года)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers with federal-registry professional development completed by the end of the year</source>
        <translation>Педагоги, завершившие ПК по программам из федерального реестра к концу учебного года</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of teachers of «Точка роста», «Кванториум» and IT-куб trained on federal-registry programmes</source>
        <translation>Доля педагогов «Точек роста», «Кванториумов» и IT-кубов, обученных по программам из федерального реестра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers of national-project schools with federal-registry professional development</source>
        <translation>Педагоги ОО нацпроекта с ПК по программам из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers of national-project schools</source>
        <translation>Педагоги ОО нацпроекта («Точка роста», «Кванториум», IT-куб)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of heads of methodical associations and professional communities with methodical support</source>
        <translation>Доля руководителей методических объединений и профессиональных сообществ, получающих методическое сопровождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads of associations with an active assignment this year</source>
        <translation>Руководители объединений с действующим закреплением в этом учебном году</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads of methodical associations and professional communities</source>
        <translation>Руководители методических объединений и профессиональных сообществ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of teachers taking part in methodical associations and professional communities</source>
        <translation>Доля педагогов, участвующих в работе методических объединений и профессиональных сообществ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Share of young teachers attested for the first category</source>
        <translation>Доля молодых педагогов, прошедших аттестацию на первую категорию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young teachers given the first category this year</source>
        <translation>Молодые педагоги, получившие первую категорию в этом учебном году</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of young teachers who take part in professional contests</source>
        <translation>Доля молодых педагогов, участвующих в конкурсах профессионального мастерства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young teachers among the participants of professional contests</source>
        <translation>Молодые педагоги среди участников профессиональных конкурсов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of beginning teachers studying at the Faculty of pedagogical professions</source>
        <translation>Доля начинающих педагогов, обучающихся на Факультете педагогических профессий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young teachers studying at the faculty</source>
        <translation>Молодые педагоги, обучающиеся на Факультете</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of teachers who applied for the category «педагог-наставник»</source>
        <translation>Доля педагогов, заявившихся на категорию «педагог-наставник»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers who applied for «педагог-наставник» this year</source>
        <translation>Педагоги, подавшие заявление на категорию «педагог-наставник» в этом учебном году</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of schools fully running the target model of mentoring</source>
        <translation>Доля школ, в полной мере реализующих целевую модель наставничества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools running the mentoring model</source>
        <translation>Школы, реализующие целевую модель наставничества</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Teachers surveyed</source>
        <translation>Опрошенные педагоги</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Share of teachers satisfied with the municipal methodical service (survey)</source>
        <translation>Доля педагогов, удовлетворённых работой муниципальной методической службы (по данным опроса)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Teachers who are members of a methodical association or a professional community</source>
        <translation>Педагоги — участники методических объединений или профессиональных сообществ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of schools that are internship sites on a theme</source>
        <translation>Доля ОО — стажировочных площадок по соответствующей тематике</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools that are internship sites</source>
        <translation>ОО — стажировочные площадки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers satisfied</source>
        <translation>Удовлетворённые педагоги</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of young teachers with a methodist or a mentor</source>
        <translation>Доля молодых педагогов, имеющих методиста или наставника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young teachers assigned to a methodist or with mentoring in their route</source>
        <translation>Молодые педагоги, закреплённые за методистом или имеющие наставничество в маршруте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Young specialists and newcomers</source>
        <translation>Молодые специалисты и вновь прибывшие педагоги</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of young teachers who stayed in the profession</source>
        <translation>Доля молодых педагогов, оставшихся в профессии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Young teachers who stayed</source>
        <translation>Молодые педагоги, оставшиеся в профессии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young teachers</source>
        <translation>Молодые педагоги</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Share of schools with low results whose teachers have methodical support</source>
        <translation>Доля школ с низкими результатами, педагоги которых получают методическое сопровождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools with low results with at least one teacher assigned to a methodist</source>
        <translation>Школы с низкими результатами, в которых хотя бы один педагог закреплён за методистом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Schools with low results</source>
        <translation>Школы с низкими результатами</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Share of teachers of schools with low results assigned to a methodist</source>
        <translation>Доля педагогов школ с низкими результатами, закреплённых за методистом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers of schools with low results with an active assignment this year</source>
        <translation>Педагоги школ с низкими результатами с действующим закреплением в этом учебном году</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers of schools with low results</source>
        <translation>Педагоги школ с низкими результатами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of schools with low results that improved their results</source>
        <translation>Доля школ с низкими результатами, улучшивших свои результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools that improved</source>
        <translation>Школы, улучшившие результаты</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>1. Scientific-methodical support of teachers</source>
        <translation>1. Научно-методическое сопровождение педагогов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Development of methodical associations and professional communities</source>
        <translation>2. Развитие методических объединений и профессиональных сообществ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Support of young teachers</source>
        <translation>3. Поддержка молодых педагогов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Targeted support of schools with low results and in adverse social conditions</source>
        <translation>4. Адресная поддержка школ с низкими результатами и школ, функционирующих в неблагоприятных социальных условиях</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>met</source>
        <translation>достигнуто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>не достигнуто</translation>
    </message>
</context>
<context>
    <name>MonitoringPdf</name>
    <message>
        <location filename="../core/documents/MonitoringPdf.cpp" line="+118"/>
        <source>The whole region</source>
        <translation>Весь регион</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regional centre for continuous professional development of teachers</source>
        <translation>Центр непрерывного повышения профессионального мастерства педагогических работников</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitoring of methodical support of teaching staff</source>
        <translation>Мониторинг методического сопровождения педагогических работников</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Academic year %1</source>
        <translation>Учебный год %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compiled on %1</source>
        <translation>Составлено %L1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Composition of the regional methodical active</source>
        <translation>Состав регионального методического актива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key indicators by municipality</source>
        <translation>Основные показатели по муниципалитетам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Numerator: %1. Denominator: %2.</source>
        <translation>Числитель: %L1. Знаменатель: %L2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by hand</source>
        <translation>Введено вручную</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active methodists: %1.</source>
        <translation>Действующих методистов: %L1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By subject</source>
        <translation>По предметам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By municipality</source>
        <translation>По муниципалитетам</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>By form of employment</source>
        <translation>По формам работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of employment</source>
        <translation>Форма работы</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Targets (a green cell meets its target, a red one does not):</source>
        <translation>Целевые значения (зелёная ячейка — значение достигнуто, красная — не достигнуто):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to a methodist</source>
        <translation>Закреплены за методистом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following a route</source>
        <translation>Реализуют ИОМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federal-registry professional development</source>
        <translation>ПК по программам федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers per methodist</source>
        <translation>Педагогов на методиста</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No indicators.</source>
        <translation>Показателей нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«—»: nothing to count (the denominator is zero or no value was entered). Values entered by hand are summed over the municipalities for the region.</source>
        <translation>«—»: рассчитать значение невозможно (знаменатель равен нулю или значение не введено). Значения, введённые вручную, для региона суммируются по муниципалитетам.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Monitoring of methodical support, %1; %2</source>
        <translation>Мониторинг методического сопровождения, %L1; %L2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation>%L1 из %L2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the file «%1»: %2</source>
        <translation>Не удаётся создать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring of methodical support of teaching staff, %1</source>
        <translation>Мониторинг методического сопровождения педагогических работников, %L1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the file «%1»: the PDF could not be drawn.</source>
        <translation>Не удаётся записать файл «%L1»: не удалось сформировать PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the file «%1»: %2</source>
        <translation>Не удаётся записать файл «%L1»: %L2</translation>
    </message>
</context>
<context>
    <name>MonitoringRepository</name>
    <message>
        <location filename="../core/storage/MonitoringRepository.cpp" line="+669"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%Ln педагог</numerusform>
            <numerusform>%Ln педагога</numerusform>
            <numerusform>%Ln педагогов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage %1, done</source>
        <translation>этап %L1, выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage %1, not done</source>
        <translation>этап %L1, не выполнено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 items done</source>
        <translation>выполнено элементов: %L1 из %L2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <location filename="../core/services/MonitoringService.cpp" line="+150"/>
        <source>There is no municipality number %1.</source>
        <translation>Муниципалитет с номером %1 не найден.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>School not specified</source>
        <translation>Школа не указана</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+111"/>
        <source>There is no indicator «%1».</source>
        <translation>Показатель «%L1» не найден.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>«%1» is entered by hand; there is no list of people behind it.</source>
        <translation>Показатель «%L1» вводится вручную; списка людей по нему нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is not a share; list its numerator or its denominator.</source>
        <translation>Показатель «%L1» не является долей; откройте список его числителя или знаменателя.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+172"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A list can be saved as .csv or .xlsx, not «%1».</source>
        <translation>Список можно сохранить только в формате .csv или .xlsx, а не «%L1».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>«%1» is computed from the data and cannot be entered by hand.</source>
        <translation>Показатель «%L1» рассчитывается по данным и не может быть введён вручную.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A value entered by hand belongs to a municipality; choose one.</source>
        <translation>Значение, вводимое вручную, относится к муниципалитету; пожалуйста, выберите муниципалитет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The denominator must be a positive number.</source>
        <translation>Знаменатель должен быть положительным числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numerator must be between 0 and the denominator (%1).</source>
        <translation>Числитель должен быть в пределах от 0 до значения знаменателя (%L1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regional methodical active by subject</source>
        <translation>Региональный методический актив по предметам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional methodical active by municipality</source>
        <translation>Региональный методический актив по муниципалитетам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional methodical active by form of employment</source>
        <translation>Региональный методический актив по формам работы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers assigned to a methodist, by municipality</source>
        <translation>Педагоги, закреплённые за методистами, по муниципалитетам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered</source>
        <translation>Охвачено</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indicators against their targets</source>
        <translation>Показатели в сравнении с целевыми значениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by hand</source>
        <translation>Введено вручную</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>Cannot write «%1»: %2</source>
        <translation>Не удаётся записать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report can be saved as .xlsx, .pdf, .csv or .json, not «%1».</source>
        <translation>Отчёт можно сохранить только в формате .xlsx, .pdf, .csv или .json, а не «%L1».</translation>
    </message>
</context>
<context>
    <name>MonitoringWriter</name>
    <message>
        <location filename="../core/storage/MonitoringRepository.cpp" line="+70"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>MonitoringXlsx</name>
    <message>
        <location filename="../core/documents/MonitoringXlsx.cpp" line="+89"/>
        <location line="+67"/>
        <source>the region</source>
        <translation>весь регион</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Academic year %1; %2; compiled %3</source>
        <translation>Учебный год %L1; %L2; составлено %L3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>computed</source>
        <translation>рассчитано</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+64"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+35"/>
        <source>(target %1)</source>
        <translation>(целевое значение %L1)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring of methodical support: %1</source>
        <translation>Мониторинг методического сопровождения: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Composition of the РМА</source>
        <translation>Состав РМА</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composition of the regional methodical active (active methodists)</source>
        <translation>Состав регионального методического актива (действующие методисты)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form of employment</source>
        <translation>Форма работы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the file «%1».</source>
        <translation>Не удаётся создать файл «%L1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring of methodical support, %1</source>
        <translation>Мониторинг методического сопровождения, %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the file «%1». Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Не удаётся создать файл «%L1». Проверьте, существует ли папка, есть ли у вас право записи в неё и не открыт ли файл в другой программе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the file «%1» (%2)</source>
        <translation>Не удаётся записать файл «%L1» (%L2)</translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <location filename="../app/cli/NetworkCommands.cpp" line="+44"/>
        <source>Usage: metodist-cli network list [--kind CODE] [--municipality NAME] [--search TEXT] [--format table|json] | import FILE [--members] [--dry-run] | export FILE.csv|FILE.xlsx [--members]</source>
        <translation>Использование: metodist-cli network list [--kind КОД] [--municipality НАЗВАНИЕ] [--search ТЕКСТ] [--format table|json] | import ФАЙЛ [--members] [--dry-run] | export ФАЙЛ.csv|ФАЙЛ.xlsx [--members]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table or json</source>
        <translation>table или json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a kind of unit: its code (mms, association, …) or name</source>
        <translation>вид структуры: код (mms, association, …) или название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>municipality</source>
        <translation>муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the name, the theme or the head</source>
        <translation>часть названия, темы или ФИО руководителя</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>«%1» is not a kind of the network; the kinds are: %2.</source>
        <translation>«%L1» — не вид структуры сети; виды: %L2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>«%1» is not in the dictionary «%2».</source>
        <translation>«%L1» нет в справочнике «%L2».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>regional</source>
        <translation>региональная</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>theme: %1</source>
        <translation>тема: %L1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n school(s) covered</source>
        <translation>
            <numerusform>охвачена %Ln школа</numerusform>
            <numerusform>охвачены %Ln школы</numerusform>
            <numerusform>охвачено %Ln школ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head: %1</source>
        <translation>руководитель: %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units: %1</source>
        <translation>Структур: %L1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the support network: methodical services, associations (МО/РМО), communities, ЦМН, internship sites and their members</source>
        <translation>сеть поддержки: методические службы, объединения (МО/РМО), сообщества, ЦМН, стажировочные площадки и их участники</translation>
    </message>
</context>
<context>
    <name>NetworkMemberModel</name>
    <message>
        <location filename="../ui/models/NetworkModels.cpp" line="-14"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>участник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teacher</source>
        <translation>педагог</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>methodist</source>
        <translation>методист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
</context>
<context>
    <name>NetworkRepository</name>
    <message>
        <location filename="../core/storage/NetworkRepository.cpp" line="+125"/>
        <source>The unit of the network no longer exists; it may have been deleted by another user.</source>
        <translation>Этой структуры сети больше нет; возможно, её удалил другой пользователь.</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <location filename="../core/services/NetworkService.cpp" line="+148"/>
        <source>Only the network&apos;s units or its members can be imported here.</source>
        <translation>Здесь импортируются только структуры сети или их участники.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the network&apos;s units or its members can be exported here.</source>
        <translation>Здесь экспортируются только структуры сети или их участники.</translation>
    </message>
</context>
<context>
    <name>NetworkUnitModel</name>
    <message>
        <location filename="../ui/models/NetworkModels.cpp" line="-32"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Theme: %2</source>
        <translation>%L1
Тема: %L2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>regional</source>
        <translation>региональная</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host organisation</source>
        <translation>Базовая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
</context>
<context>
    <name>NetworkWriter</name>
    <message>
        <location filename="../core/storage/NetworkRepository.cpp" line="+95"/>
        <source>A unit of the network needs a kind and a name.</source>
        <translation>У структуры сети должны быть вид и название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the unit</source>
        <translation>Название структуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A unit «%1» of this kind is already in the network.</source>
        <translation>Структура «%L1» этого вида уже есть в сети.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The unit of the network no longer exists; it may have been deleted by another user.</source>
        <translation>Этой структуры сети больше нет; возможно, её удалил другой пользователь.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+57"/>
        <source>A member of the network is either a teacher or a methodist.</source>
        <translation>Участник сети — либо педагог, либо методист.</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <location filename="../core/documents/OdsReader.cpp" line="+92"/>
        <source>The file «%1» is not an OpenDocument spreadsheet (.ods).</source>
        <translation>Файл «%L1» не является электронной таблицей OpenDocument (.ods).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The spreadsheet «%1» is protected with a password; save it again without one.</source>
        <translation>Таблица «%L1» защищена паролем; сохраните её заново без пароля.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The sheet «%1» is damaged: row %2 repeats «%3» times.</source>
        <translation>Лист «%L1» повреждён: строка %L2 повторяется «%L3» раз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet «%1» is damaged: the cell %2 repeats «%3» times.</source>
        <translation>Лист «%L1» повреждён: ячейка %L2 повторяется «%L3» раз.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The sheet «%1» is refused: row %2 has text beyond column %3, the last of a sheet.</source>
        <translation>Лист «%L1» отклонён: в строке %L2 есть текст за столбцом %L3 — последним столбцом листа.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sheet «%1» is refused: it has text beyond row %2, the last of a sheet.</source>
        <translation>Лист «%L1» отклонён: в нём есть текст за строкой %L2 — последней строкой листа.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file «%1» is refused: its first %2 MB hold no sheet.</source>
        <translation>Файл «%L1» отклонён: в его первых %L2 МБ нет ни одного листа.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file «%1» is refused: it has more than %2 sheets.</source>
        <translation>Файл «%L1» отклонён: в нём больше %L2 листов.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The spreadsheet «%1» is damaged: %2.</source>
        <translation>Таблица «%L1» повреждена: %L2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The spreadsheet «%1» has no sheets.</source>
        <translation>В таблице «%L1» нет листов.</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <location filename="../core/documents/OrderDocument.cpp" line="+13"/>
        <source>Appendix No. 1 to the order of %1 No. %2</source>
        <translation>Приложение № 1 к приказу от %L1 № %L2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ORDER</source>
        <translation>ПРИКАЗ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I ORDER:</source>
        <translation>ПРИКАЗЫВАЮ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Item no.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(teachers: %1)</source>
        <translation>(педагогов: %L1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Full name of the teacher</source>
        <translation>ФИО педагога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational organisation</source>
        <translation>Образовательная организация</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <location filename="../ui/models/AssignmentModels.cpp" line="+92"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>OrderPdf</name>
    <message>
        <location filename="../core/documents/OrderPdf.cpp" line="+402"/>
        <source>Cannot create the file «%1»: %2</source>
        <translation>Не удалось создать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the file «%1»: the PDF could not be drawn.</source>
        <translation>Не удалось записать файл «%L1»: не удалось сформировать PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the file «%1»: %2</source>
        <translation>Не удалось записать файл «%L1»: %L2</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/storage/OrderRepository.cpp" line="+39"/>
        <source>An order No. %1 of that year already exists.</source>
        <translation>Приказ № %L1 за этот год уже существует.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписывающего лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписывающее лицо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The order no longer exists.</source>
        <translation>Приказ больше не существует.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no order No. %1.</source>
        <translation>Приказ № %L1 не найден.</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <location filename="../core/services/OrderService.cpp" line="+63"/>
        <source>Choose the font of orders.</source>
        <translation>Выберите шрифт приказов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The font size of orders must be from 12 to 14 pt.</source>
        <translation>Размер шрифта приказов должен быть от 12 до 14 пт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The font size of the appendix table must be from 10 to 14 pt.</source>
        <translation>Размер шрифта таблицы приложения должен быть от 10 до 14 пт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Margins must be from 5 to 60 mm.</source>
        <translation>Поля должны быть от 5 до 60 мм.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место издания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписывающего лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписывающее лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On the assignment of regional methodists to teachers</source>
        <translation>О закреплении региональных методистов за педагогическими работниками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In accordance with the Procedure for assigning regional methodists to teachers, in order to provide targeted methodical support to teachers in the %1 academic year,</source>
        <translation>В соответствии с Порядком закрепления региональных методистов за педагогическими работниками, в целях оказания адресной методической поддержки педагогическим работникам в %L1 учебном году,</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To assign regional methodists to teachers for the %1 academic year according to Appendix No. 1 to this order.</source>
        <translation>Закрепить региональных методистов за педагогическими работниками на %L1 учебный год согласно приложению № 1 к настоящему приказу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regional methodists shall provide methodical support to the teachers assigned to them in accordance with the roadmap of methodical support.</source>
        <translation>Региональным методистам осуществлять методическое сопровождение закреплённых за ними педагогических работников в соответствии с дорожной картой методического сопровождения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I reserve control over the execution of this order.</source>
        <translation>Контроль за исполнением настоящего приказа оставляю за собой.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There are no assignments for the order: every assignment of %1 is already in an order, or none was chosen.</source>
        <translation>Нет закреплений для приказа: все закрепления %L1 учебного года уже включены в приказы либо ни одно не выбрано.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>List of teachers assigned to regional methodists</source>
        <translation>Список педагогических работников, закреплённых за региональными методистами</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders are saved as .pdf, .docx or .odt, not «%1».</source>
        <translation>Приказы сохраняются в форматах .pdf, .docx или .odt, а не «%L1».</translation>
    </message>
</context>
<context>
    <name>OrderWriter</name>
    <message>
        <location filename="../core/storage/OrderRepository.cpp" line="-65"/>
        <source>The order needs a number.</source>
        <translation>Укажите номер приказа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order needs a date.</source>
        <translation>Укажите дату приказа.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <location filename="../core/storage/OrganisationRepository.cpp" line="+128"/>
        <source>The organisation no longer exists.</source>
        <translation>Организация уже удалена.</translation>
    </message>
</context>
<context>
    <name>OrganisationWriter</name>
    <message>
        <location line="-56"/>
        <source>The organisation needs a name.</source>
        <translation>Необходимо указать название организации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>The organisation&apos;s name: %1</source>
        <translation>Название организации: %L1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The organisation «%1» is already in this municipality.</source>
        <translation>Организация «%L1» уже есть в этом муниципалитете.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The organisation has teachers or methodists and cannot be deleted.</source>
        <translation>В организации работают педагоги или методисты, поэтому её нельзя удалить.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../core/domain/Person.cpp" line="+20"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../core/domain/Methodist.cpp" line="-9"/>
        <location filename="../core/domain/Person.cpp" line="+4"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%L1: %L2</translation>
    </message>
    <message>
        <location filename="../core/domain/Person.cpp" line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>PlanGapModel</name>
    <message>
        <location filename="../ui/models/AssignmentModels.cpp" line="+8"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not filled in)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
</context>
<context>
    <name>PlanLeftOutModel</name>
    <message>
        <location line="+47"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements not met</source>
        <translation>Не выполнены требования</translation>
    </message>
</context>
<context>
    <name>PlanLoadModel</name>
    <message>
        <location line="-40"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After / capacity</source>
        <translation>Стало / нагрузка</translation>
    </message>
</context>
<context>
    <name>PlanPriorityModel</name>
    <message>
        <location line="+17"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered</source>
        <translation>Охвачено</translation>
    </message>
</context>
<context>
    <name>PriorityOrder</name>
    <message>
        <location filename="../core/domain/PriorityOrder.cpp" line="+30"/>
        <source>A code in the order of assignment is empty.</source>
        <translation>В очерёдности закрепления есть пустой код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order of assignment names «%1» twice.</source>
        <translation>В очерёдности закрепления «%L1» указан дважды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rank in the order of assignment is empty.</source>
        <translation>В очерёдности закрепления есть пустой ранг.</translation>
    </message>
</context>
<context>
    <name>PriorityService</name>
    <message>
        <location filename="../core/services/PriorityService.cpp" line="+26"/>
        <source>The order of assignment in the settings cannot be read. %1</source>
        <translation>Очерёдность закрепления в настройках не читается. %L1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Teachers of schools with low results</source>
        <translation>Педагоги школ с низкими образовательными результатами</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>«%1» is not a code of a support category; the codes are: %2.</source>
        <translation>«%L1» — не код категории сопровождения; допустимые коды: %L2.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/BackgroundTask.cpp" line="+77"/>
        <location line="+161"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QtChartPainter</name>
    <message numerus="yes">
        <location filename="../charts/QtChartPainter.cpp" line="+190"/>
        <source>Other (%n)</source>
        <translation>
            <numerusform>Прочие (%Ln)</numerusform>
            <numerusform>Прочие (%Ln)</numerusform>
            <numerusform>Прочие (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+150"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>A chart can be saved as .png or .svg, not «%1».</source>
        <translation>Диаграмму можно сохранить только в формате .png или .svg, а не «%L1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size of the picture must be positive.</source>
        <translation>Размер изображения должен быть положительным.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Cannot write «%1»: %2</source>
        <translation>Не удаётся записать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot write «%1»: the picture could not be drawn.</source>
        <translation>Не удаётся записать файл «%L1»: не удалось построить изображение.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../core/domain/ReferenceData.cpp" line="+16"/>
        <source>The reference file %1 is missing from the program.</source>
        <translation>В составе программы отсутствует справочный файл %L1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reference file %1 is damaged: %2.</source>
        <translation>Справочный файл %L1 повреждён: %L2.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+1"/>
        <source>Kinds of the support network</source>
        <translation>Виды структур сети поддержки</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>The reference data names an unknown dictionary «%1».</source>
        <translation>Справочные данные ссылаются на неизвестный справочник «%L1».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown region «%1»; known regions: %2.</source>
        <translation>Неизвестный регион «%L1»; доступные регионы: %L2.</translation>
    </message>
</context>
<context>
    <name>RegistryCommands</name>
    <message>
        <location filename="../app/cli/RegistryCommands.cpp" line="+30"/>
        <source>sheet of a workbook (.xlsx, .xls, .ods)</source>
        <translation>лист книги (.xlsx, .xls, .ods)</translation>
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
        <location line="+34"/>
        <source>Encoding: %1.</source>
        <translation>Кодировка: %L1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header in row %1; data rows: %2.</source>
        <translation>Заголовок в строке %L1; строк с данными: %L2.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>check only, and report each value missing from the dictionaries once, with the entry it most likely means</source>
        <translation>только проверить и назвать каждое значение, которого нет в справочниках, один раз — с записью, которую оно, вероятно, означает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --suggest: write those values and suggestions to a file to complete and load with «dictionary alias --file»</source>
        <translation>вместе с --suggest: записать эти значения и подсказки в файл, чтобы дополнить его и загрузить командой «dictionary alias --file»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: metodist-cli import teachers|methodists|organisations|municipalities|subjects|pk|diagnostics|worklog|catalogue|network|network-members FILE [--sheet NAME] [--dry-run] [--skip-invalid] [--suggest [--aliases-out FILE.csv]]</source>
        <translation>Использование: metodist-cli import teachers|methodists|organisations|municipalities|subjects|pk|diagnostics|worklog|catalogue|network|network-members ФАЙЛ [--sheet ЛИСТ] [--dry-run] [--skip-invalid] [--suggest [--aliases-out ФАЙЛ.csv]]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--aliases-out goes with --suggest.</source>
        <translation>--aliases-out указывается вместе с --suggest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Values missing from the dictionaries: %1. To map them once for every next file: metodist-cli import … --suggest --aliases-out aliases.csv, complete the file, then metodist-cli dictionary alias --file aliases.csv.</source>
        <translation>Значений, которых нет в справочниках: %L1. Чтобы сопоставить их один раз для всех следующих файлов: metodist-cli import … --suggest --aliases-out aliases.csv, дополните файл, затем metodist-cli dictionary alias --file aliases.csv.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n value(s) written to %1: fill in the entry where it is empty or wrong, then run metodist-cli dictionary alias --file %1.</source>
        <translation>
            <numerusform>%Ln значение записано в %L1: заполните запись, где она пуста или неверна, затем выполните metodist-cli dictionary alias --file %L1.</numerusform>
            <numerusform>%Ln значения записаны в %L1: заполните запись, где она пуста или неверна, затем выполните metodist-cli dictionary alias --file %L1.</numerusform>
            <numerusform>%Ln значений записано в %L1: заполните запись, где она пуста или неверна, затем выполните metodist-cli dictionary alias --file %L1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created: %1, updated: %2, invalid: %3, organisations created: %4.</source>
        <translation>Создано: %L1, обновлено: %L2, с ошибками: %L3, создано организаций: %L4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked: %1 row(s) would be created, %2 updated; %3 row(s) have errors.</source>
        <translation>Проверено: будет создано строк — %L1, обновлено — %L2; строк с ошибками — %L3.</translation>
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
            <numerusform>Данные не импортированы: ошибки в %Ln строке. Пожалуйста, исправьте файл или запустите команду с параметром --skip-invalid.</numerusform>
            <numerusform>Данные не импортированы: ошибки в %Ln строках. Пожалуйста, исправьте файл или запустите команду с параметром --skip-invalid.</numerusform>
            <numerusform>Данные не импортированы: ошибки в %Ln строках. Пожалуйста, исправьте файл или запустите команду с параметром --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: metodist-cli export teachers|methodists|organisations|catalogue|network|network-members FILE.csv|FILE.xlsx</source>
        <translation>Использование: metodist-cli export teachers|methodists|organisations|catalogue|network|network-members ФАЙЛ.csv|ФАЙЛ.xlsx</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only teachers, methodists, organisations, the catalogue and the network can be exported.</source>
        <translation>Экспортировать можно только педагогов, методистов, организации, каталог и сеть поддержки.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в файл %L1.</numerusform>
            <numerusform>Экспортированы %Ln строки в файл %L1.</numerusform>
            <numerusform>Экспортировано %Ln строк в файл %L1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: metodist-cli template teachers|methodists|pk|diagnostics|worklog|catalogue FILE.xlsx</source>
        <translation>Использование: metodist-cli template teachers|methodists|pk|diagnostics|worklog|catalogue ФАЙЛ.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template written to %1.</source>
        <translation>Шаблон сохранён в файл %L1.</translation>
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
        <translation>Значения «%L1» нет в справочнике «%L2».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows: %1</source>
        <translation>Строк: %L1</translation>
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
        <location line="+3"/>
        <source>the day the region has reached in its academic year, YYYY-MM-DD (default: today)</source>
        <translation>день учебного года, до которого дошёл регион, YYYY-MM-DD (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>people, diagnostics and ПК only: no assignments, events, route catalogue, roadmaps, routes or work log (for planning benchmarks)</source>
        <translation>только люди, диагностика и ПК: без закреплений, событий, каталога маршрутов, дорожных карт, маршрутов и журнала работы (для замеров планирования)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--teachers and --methodists take whole numbers.</source>
        <translation>Для параметров --teachers и --methodists необходимо указать целые числа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Дату нужно записать в виде ГГГГ-ММ-ДД (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demonstration region ready: %1 municipalities, %2 organisations, %3 teachers, %4 methodists, %5 diagnostics, %6 professional development records.</source>
        <translation>Демонстрационный регион готов: муниципалитетов — %L1, организаций — %L2, педагогов — %L3, методистов — %L4, результатов диагностики — %L5, записей о повышении квалификации — %L6.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Academic year %1: %2 assignments, %3 events, %4 route catalogue entries, %5 roadmaps with %6 activities, %7 routes with %8 items, %9 work log entries.</source>
        <translation>Учебный год %L1: закреплений — %L2, событий — %L3, записей каталога маршрутов — %L4, дорожных карт — %L5 (мероприятий — %L6), маршрутов — %L7 (пунктов — %L8), записей журнала работы — %L9.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Support network: %1 units with %2 members.</source>
        <translation>Сеть поддержки: структур — %L1, участников — %L2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import a CSV file or a workbook (.xlsx, .xls, .ods), all rows or none</source>
        <translation>импортировать файл CSV или книгу (.xlsx, .xls, .ods) целиком: все строки или ни одной</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export a registry</source>
        <translation>экспортировать реестр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list a registry</source>
        <translation>вывести список записей реестра</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write an empty file with the expected headers</source>
        <translation>записать пустой файл с ожидаемыми заголовками столбцов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fill the database with a synthetic region in the middle of its academic year: assignments, events, route catalogue, roadmaps, routes, work log (past 120 000 assigned teachers the last three for every n-th methodist&apos;s group only, to keep federal-scale benchmark databases quick); --no-support-data: people only</source>
        <translation>заполнить базу вымышленным регионом в середине учебного года: закрепления, события, каталог маршрутов, дорожные карты, маршруты, журнал работы (свыше 120 000 закреплённых педагогов последние три — только для группы каждого n-го методиста, чтобы базы для федеральных замеров создавались быстро); --no-support-data: только люди</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../core/services/RegistryExport.cpp" line="+145"/>
        <source>Meets the РМА requirements</source>
        <translation>Соответствует требованиям к РМА</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no: %1</source>
        <translation>нет: %L1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only teachers, methodists and organisations can be exported.</source>
        <translation>Экспортировать можно только педагогов, методистов и организации.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file «%1» must end in .csv or .xlsx.</source>
        <translation>Имя файла «%L1» должно оканчиваться на .csv или .xlsx.</translation>
    </message>
</context>
<context>
    <name>RegistryMigration</name>
    <message>
        <location filename="../core/services/RegistryMigration.cpp" line="+142"/>
        <source>The database «%1» already holds a Metodist registry (schema %2). A registry is moved only into an empty database: create a new one (createdb). Nothing was changed.</source>
        <translation>В базе данных «%L1» уже есть реестр «Методиста» (схема %L2). Реестр переносится только в пустую базу данных: создайте новую (createdb). Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database «%1» already holds a registry (the table «%2» has %3 rows). A registry is moved only into an empty database: create a new one (createdb). Nothing was changed.</source>
        <translation>В базе данных «%L1» уже есть реестр (в таблице «%L2» строк: %L3). Реестр переносится только в пустую базу данных: создайте новую (createdb). Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file «%1» already exists. A registry is moved only into a new file: choose a name that is not taken. Nothing was changed.</source>
        <translation>Файл «%L1» уже существует. Реестр переносится только в новый файл: выберите незанятое имя. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The comparison was cancelled.</source>
        <translation>Сравнение отменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say where the registry comes from and where it goes.</source>
        <translation>Укажите, откуда и куда перенести реестр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry cannot be moved into itself: give another place to copy it to.</source>
        <translation>Реестр нельзя перенести сам в себя: укажите другое место для копии.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry «%1» has schema %2; only a registry of the current schema %3 is moved. Upgrade it first with a command that changes it, for example «metodist-cli --db %1 init» (a backup copy of a file is kept), then move it. Nothing was changed.</source>
        <translation>Реестр «%L1» имеет схему %L2, а переносится только реестр актуальной схемы %L3. Сначала обновите его командой, которая его изменяет, например «metodist-cli --db %L1 init» (для файла сохраняется резервная копия), а затем перенесите. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The table «%1» is not the same in «%2» and in «%3»; the registry was not moved.</source>
        <translation>Таблица «%L1» в «%L2» и в «%L3» различается; реестр не перенесён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» and «%2» do not have the same tables; the registry was not moved.</source>
        <translation>В «%L1» и «%L2» разные наборы таблиц; реестр не перенесён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The move was cancelled; nothing was written to «%1».</source>
        <translation>Перенос отменён; в «%L1» ничего не записано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was not moved; nothing was written to «%1». %2</source>
        <translation>Реестр не перенесён; в «%L1» ничего не записано. %L2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry was copied to «%1», but comparing it with the source failed: %2</source>
        <translation>Реестр скопирован в «%L1», но сравнить его с источником не удалось: %L2</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="+35"/>
        <source>Usage: metodist-cli report monitoring|drill|enter …; see metodist-cli --help.</source>
        <translation>Использование: metodist-cli report monitoring|drill|enter …; см. metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>academic year, e.g. 2025/2026</source>
        <translation>учебный год, например 2025/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one municipality instead of the whole region</source>
        <translation>один муниципалитет вместо всего региона</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the academic year with --year, e.g. --year 2025/2026.</source>
        <translation>Укажите учебный год в параметре --year, например --year 2025/2026.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no municipality «%1» in the database.</source>
        <translation>Муниципалитета «%L1» нет в базе данных.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>table, json, csv, xlsx or pdf</source>
        <translation>table, json, csv, xlsx или pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (json and csv go to the screen without it)</source>
        <translation>файл для записи (без него json и csv выводятся на экран)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format takes table, json, csv, xlsx or pdf.</source>
        <translation>Параметр --format принимает значения table, json, csv, xlsx или pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A %1 report needs a file: add --out FILE.%1.</source>
        <translation>Для отчёта в формате %L1 необходимо указать файл: добавьте --out FILE.%L1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file «%1» does not end in .%2.</source>
        <translation>Имя файла «%L1» не оканчивается на .%L2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The monitoring report for %1 is saved to %2.</source>
        <translation>Отчёт мониторинга за %L1 учебный год сохранён в файл %L2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monitoring of methodical support, %1, %2</source>
        <translation>Мониторинг методического сопровождения, %L1, %L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the region</source>
        <translation>весь регион</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>target %1</source>
        <translation>цель %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regional methodical active: %1</source>
        <translation>Региональный методический актив: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by subject</source>
        <translation>по предметам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by municipality</source>
        <translation>по муниципалитетам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by form of employment</source>
        <translation>по формам работы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>indicator code, as in the JSON report</source>
        <translation>код показателя, как в отчёте JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numerator, denominator or missing (denominator without numerator)</source>
        <translation>numerator, denominator или missing (знаменатель без числителя)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.csv or .xlsx file; the screen without it</source>
        <translation>файл .csv или .xlsx; без него список выводится на экран</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--part takes numerator, denominator or missing.</source>
        <translation>Параметр --part принимает значения numerator, denominator или missing.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>В файл %L1 сохранена %Ln строка.</numerusform>
            <numerusform>В файл %L1 сохранены %Ln строки.</numerusform>
            <numerusform>В файл %L1 сохранено %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows: %1</source>
        <translation>Строк: %L1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>code of an indicator entered by hand</source>
        <translation>код показателя, вводимого вручную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number counted</source>
        <translation>числитель: учтённое количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number out of which</source>
        <translation>знаменатель: общее количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the figure comes from</source>
        <translation>источник данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the value instead</source>
        <translation>удалить значение вместо ввода</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A value entered by hand belongs to a municipality: add --municipality NAME.</source>
        <translation>Значение, вводимое вручную, относится к муниципалитету: добавьте --municipality NAME.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give whole numbers with --numerator and --denominator.</source>
        <translation>Укажите целые числа в параметрах --numerator и --denominator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>monitoring reports: indicators, the lists behind them, figures entered by hand</source>
        <translation>отчёты мониторинга: показатели, списки по ним, значения, вводимые вручную</translation>
    </message>
</context>
<context>
    <name>RoadmapActivityModel</name>
    <message>
        <location filename="../ui/models/RoadmapModels.cpp" line="+100"/>
        <source>Overdue: due %1</source>
        <translation>Просрочено: срок %L1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>RoadmapOverviewModel</name>
    <message>
        <location line="-93"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities done / planned</source>
        <translation>Мероприятия: выполнено / запланировано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first stage not closed</source>
        <translation>Первый незакрытый этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all closed</source>
        <translation>все закрыты</translation>
    </message>
</context>
<context>
    <name>RoadmapPdf</name>
    <message>
        <location filename="../core/documents/RoadmapPdf.cpp" line="+50"/>
        <source>all assigned (%1)</source>
        <translation>все закреплённые (%L1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Roadmap of methodical support of teachers</source>
        <translation>Дорожная карта методического сопровождения педагогических работников</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional methodist: %1</source>
        <translation>Региональный методист: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year %1; state as of %2</source>
        <translation>Учебный год %L1; состояние на %L2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1. %2</source>
        <translation>Этап %L1. %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned: %1; actual: %2; %3</source>
        <translation>План: %L1; факт: %L2; %L3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>no dates</source>
        <translation>сроки не указаны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed with open activities because: %1</source>
        <translation>Закрыт при невыполненных мероприятиях по причине: %L1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 of %3 items done</source>
        <translation>%L1: выполнено %L2 из %L3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summing up</source>
        <translation>Подведение итогов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coverage of the assigned teachers by done activities</source>
        <translation>Охват закреплённых педагогов выполненными мероприятиями</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%L1 из %L2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Covered: %1</source>
        <translation>Охвачены: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered (numbers in the list below): %1</source>
        <translation>Не охвачены (номера по списку ниже): %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities done of those planned</source>
        <translation>Выполнено мероприятий из запланированных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: %1</source>
        <translation>Не выполнены: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual routes completed</source>
        <translation>Завершено индивидуальных маршрутов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conclusion: %1.</source>
        <translation>Вывод: %L1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans for the next academic year: %1</source>
        <translation>Планы на следующий учебный год: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not filled in</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regional methodist</source>
        <translation>Региональный методист</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers assigned to the methodist (%1)</source>
        <translation>Педагоги, закреплённые за методистом (%L1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Roadmap of %1, %2</source>
        <translation>Дорожная карта: %L1, %L2</translation>
    </message>
</context>
<context>
    <name>RoadmapRepository</name>
    <message>
        <location filename="../core/storage/RoadmapRepository.cpp" line="+51"/>
        <source>The roadmap no longer exists.</source>
        <translation>Дорожная карта больше не существует.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
</context>
<context>
    <name>RoadmapRules</name>
    <message>
        <location filename="../core/domain/Roadmap.cpp" line="+22"/>
        <location line="+20"/>
        <location filename="../core/services/RoadmapService.cpp" line="+74"/>
        <location line="+12"/>
        <location line="+68"/>
        <source>The roadmap has no stage %1.</source>
        <translation>В дорожной карте нет этапа %L1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Stage %1 is already closed.</source>
        <translation>Этап %L1 уже закрыт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %1 cannot be closed before stage %2 «%3» is closed.</source>
        <translation>Этап %L1 нельзя закрыть, пока не закрыт этап %L2 «%L3».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stage %1 has %n activity(ies) not done; say why it is closed anyway.</source>
        <translation>
            <numerusform>На этапе %L1 не выполнено %Ln мероприятие; укажите, почему этап всё же закрывается.</numerusform>
            <numerusform>На этапе %L1 не выполнено %Ln мероприятия; укажите, почему этап всё же закрывается.</numerusform>
            <numerusform>На этапе %L1 не выполнено %Ln мероприятий; укажите, почему этап всё же закрывается.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage %1 is not closed.</source>
        <translation>Этап %L1 не закрыт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %1 cannot be reopened while stage %2 is closed.</source>
        <translation>Этап %L1 нельзя открыть повторно, пока закрыт этап %L2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>until %1</source>
        <translation>до %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>с %L1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not yet drawn</source>
        <translation>ещё не сделан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roadmap was carried out successfully</source>
        <translation>дорожная карта реализована успешно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roadmap was carried out in part</source>
        <translation>дорожная карта реализована частично</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roadmap was not carried out</source>
        <translation>дорожная карта не реализована</translation>
    </message>
</context>
<context>
    <name>RoadmapService</name>
    <message>
        <location filename="../core/services/RoadmapService.cpp" line="-103"/>
        <source>The methodist has no roadmap for %1.</source>
        <translation>У методиста нет дорожной карты на %L1 учебный год.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A stage cannot end before it starts.</source>
        <translation>Этап не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stage %1 has already started.</source>
        <translation>Этап %L1 уже начался.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the date the stage is closed on.</source>
        <translation>Укажите дату закрытия этапа.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name the activity.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity «%1» cannot be due before it starts.</source>
        <translation>Срок мероприятия «%L1» не может быть раньше даты его начала.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only teachers assigned to %1 in %2 can take part in the roadmap&apos;s activities.</source>
        <translation>В мероприятиях дорожной карты могут участвовать только педагоги, закреплённые за методистом %L1 в %L2 учебном году.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+60"/>
        <source>The activity is not in this roadmap.</source>
        <translation>Мероприятие не относится к этой дорожной карте.</translation>
    </message>
</context>
<context>
    <name>RoadmapStageModel</name>
    <message>
        <location filename="../ui/models/RoadmapModels.cpp" line="+17"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed with open activities: %1</source>
        <translation>Закрыт с невыполненными мероприятиями: %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>RoadmapWriter</name>
    <message>
        <location filename="../core/storage/RoadmapRepository.cpp" line="-123"/>
        <source>The methodist already has a roadmap for %1.</source>
        <translation>У методиста уже есть дорожная карта на %L1 учебный год.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Reason for closing the stage</source>
        <translation>Причина закрытия этапа</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The activity no longer exists.</source>
        <translation>Мероприятие больше не существует.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Plans for the next year</source>
        <translation>Планы на следующий год</translation>
    </message>
</context>
<context>
    <name>RouteItemModel</name>
    <message numerus="yes">
        <location filename="../ui/models/RouteModels.cpp" line="+48"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln час</numerusform>
            <numerusform>%Ln часа</numerusform>
            <numerusform>%Ln часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federal registry</source>
        <translation>федеральный реестр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>RoutePdf</name>
    <message numerus="yes">
        <location filename="../core/documents/RoutePdf.cpp" line="+27"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln час</numerusform>
            <numerusform>%Ln часа</numerusform>
            <numerusform>%Ln часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>federal registry programme</source>
        <translation>программа из федерального реестра</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Individual educational route of a teacher</source>
        <translation>Индивидуальный образовательный маршрут педагога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the %1 academic year</source>
        <translation>на %L1 учебный год</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level of professional competence</source>
        <translation>Уровень профессиональных компетенций</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not diagnosed</source>
        <translation>диагностика не проводилась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficits found</source>
        <translation>Выявленные дефициты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation>не зафиксированы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The route has no items.</source>
        <translation>В маршруте нет элементов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tutor (methodist)</source>
        <translation>Тьютор (методист)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>расшифровка подписи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individual educational route: %1</source>
        <translation>Индивидуальный образовательный маршрут: %L1</translation>
    </message>
</context>
<context>
    <name>RouteRepository</name>
    <message>
        <location filename="../core/storage/RouteRepository.cpp" line="+46"/>
        <source>The route no longer exists.</source>
        <translation>Маршрут больше не существует.</translation>
    </message>
</context>
<context>
    <name>RouteRowModel</name>
    <message>
        <location filename="../ui/models/RouteModels.cpp" line="-54"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%L1 из %L2 (%L3 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no items</source>
        <translation>нет элементов</translation>
    </message>
</context>
<context>
    <name>RouteRules</name>
    <message>
        <location filename="../core/domain/Route.cpp" line="+82"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>distance</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blended</source>
        <translation>смешанно</translation>
    </message>
</context>
<context>
    <name>RouteService</name>
    <message>
        <location filename="../core/services/RouteService.cpp" line="+61"/>
        <source>Professional development at the profile level</source>
        <translation>Повышение квалификации на профильном уровне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing expert cases</source>
        <translation>Разработка экспертных кейсов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidacy for the regional methodical active</source>
        <translation>Выдвижение в региональный методический актив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detailed profile of professional competences</source>
        <translation>Детальный профиль профессиональных компетенций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis of the causes of professional failure or burnout</source>
        <translation>Анализ причин профессиональной неуспешности или выгорания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defining the zone of proximal development</source>
        <translation>Определение зоны ближайшего развития</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support of a mentor-tutor</source>
        <translation>Сопровождение наставником-тьютором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Супервизия</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The teacher has no route for %1.</source>
        <translation>У педагога нет маршрута на %L1 учебный год.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the route item a title.</source>
        <translation>Укажите название элемента маршрута.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of the route item.</source>
        <translation>Выберите вид элемента маршрута.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route item cannot end before it starts.</source>
        <translation>Элемент маршрута не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours of the route item must be more than zero.</source>
        <translation>Количество часов элемента маршрута должно быть больше нуля.</translation>
    </message>
</context>
<context>
    <name>RouteWriter</name>
    <message>
        <location filename="../core/storage/RouteRepository.cpp" line="-29"/>
        <source>The teacher already has a route for %1.</source>
        <translation>У педагога уже есть маршрут на %L1 учебный год.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>A route item must have a title.</source>
        <translation>Укажите название элемента маршрута.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of the route item «%1».</source>
        <translation>Выберите вид элемента маршрута «%L1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the route item</source>
        <translation>Название пункта маршрута</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The route item «%1» cannot end before it starts.</source>
        <translation>Элемент маршрута «%L1» не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <location line="+10"/>
        <source>The route item no longer exists.</source>
        <translation>Элемент маршрута больше не существует.</translation>
    </message>
</context>
<context>
    <name>SchemaCatalogue</name>
    <message>
        <location filename="../core/storage/TableCopy.cpp" line="+135"/>
        <source>Cannot read the list of tables: %1</source>
        <translation>Не удаётся прочитать список таблиц: %L1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database has a table «%1» that is not Metodist&apos;s; it cannot be copied.</source>
        <translation>В базе данных есть таблица «%L1», которая не относится к «Методисту»; её нельзя скопировать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the columns of «%1»: %2</source>
        <translation>Не удаётся прочитать столбцы таблицы «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table «%1» has a column «%2» that is not Metodist&apos;s; it cannot be copied.</source>
        <translation>В таблице «%L1» есть столбец «%L2», который не относится к «Методисту»; таблицу нельзя скопировать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The table «%1» has no columns to copy.</source>
        <translation>В таблице «%L1» нет столбцов для копирования.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the foreign keys of «%1»: %2</source>
        <translation>Не удаётся прочитать внешние ключи таблицы «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot count the rows of «%1».</source>
        <translation>Не удаётся подсчитать строки таблицы «%L1».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../core/storage/ServerAddress.cpp" line="+19"/>
        <source>«%1» is not a server address: %2 Write it as postgresql://user@host:5432/database.</source>
        <translation>«%L1» — не адрес сервера: %L2 Запишите его так: postgresql://пользователь@сервер:5432/база.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it does not start with postgresql://.</source>
        <translation>он не начинается с postgresql://.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The address «%1» carries a password. A password is never written in the address (it would stay in the command history and the list of recent databases): put it into ~/.pgpass or the PGPASSWORD variable and leave it out of the address.</source>
        <translation>В адресе «%L1» указан пароль. Пароль никогда не пишут в адресе (он остался бы в истории команд и в списке недавних баз): запишите его в ~/.pgpass или в переменную PGPASSWORD, а из адреса уберите.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the bracket around the host is not closed.</source>
        <translation>скобка вокруг имени сервера не закрыта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after the host in brackets only a port may follow.</source>
        <translation>после имени сервера в скобках может стоять только порт.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>the port «%1» is not a number from 1 to 65535.</source>
        <translation>порт «%L1» — не число от 1 до 65535.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the database name «%1» has a «/» in it.</source>
        <translation>в имени базы данных «%L1» есть «/».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address «%1» carries a password. A password is never written in the address: put it into ~/.pgpass or the PGPASSWORD variable and leave it out of the address.</source>
        <translation>В адресе «%L1» указан пароль. Пароль никогда не пишут в адресе: запишите его в ~/.pgpass или в переменную PGPASSWORD, а из адреса уберите.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the value of «%1» has a space, «;» or a quote in it.</source>
        <translation>в значении «%L1» есть пробел, «;» или кавычка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the parameter «%1» is not one Metodist knows (known: host, port, user, dbname, sslmode, connect_timeout, application_name, sslrootcert, target_session_attrs).</source>
        <translation>параметр «%L1» «Методисту» неизвестен (известны: host, port, user, dbname, sslmode, connect_timeout, application_name, sslrootcert, target_session_attrs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it names no database.</source>
        <translation>в нём не указана база данных.</translation>
    </message>
</context>
<context>
    <name>SessionAccess</name>
    <message>
        <location filename="../core/domain/Access.cpp" line="+36"/>
        <source>Users and roles belong to a shared registry on a server; a file is one person&apos;s, and everything in it is theirs.</source>
        <translation>Пользователи и роли есть только в общем реестре на сервере; файл принадлежит одному человеку, и всё в нём — его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are connected as «%1», %2.</source>
        <translation>Вы подключены как «%L1» (%L2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator adds users and gives roles. %1</source>
        <translation>Добавлять пользователей и назначать роли может только администратор. %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registries are kept by a coordinator or an administrator. %1</source>
        <translation>Реестры ведут координатор или администратор. %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignments, plans and orders are made by a coordinator or an administrator. %1</source>
        <translation>Закрепления, планы и приказы оформляют координатор или администратор. %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring figures are entered by a coordinator or an administrator. %1</source>
        <translation>Показатели мониторинга вносят координатор или администратор. %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmaps, the work log and routes are kept by methodists (each their own), coordinators and administrators. %1</source>
        <translation>Дорожные карты, журнал работы и маршруты ведут методисты (каждый — свои), координаторы и администраторы. %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This login has no role in this registry yet; ask its administrator to give you one. %1</source>
        <translation>У этого логина пока нет роли в этом реестре; попросите администратора реестра назначить вам роль. %L1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role: %1 (%2)</source>
        <translation>Роль: %L1 (%L2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This registry is a file on this computer: everything in it is yours to read and change.</source>
        <translation>Этот реестр — файл на этом компьютере: всё в нём вы можете читать и изменять.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are connected to the server as «%1»; your role in this registry: %2.</source>
        <translation>Вы подключены к серверу как «%L1»; ваша роль в этом реестре: %L2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may do everything, including adding users and giving them roles.</source>
        <translation>Вам доступно всё, в том числе добавление пользователей и назначение им ролей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You keep the registries, import files, plan assignments, make orders and enter monitoring figures. Users and roles are the administrator&apos;s.</source>
        <translation>Вы ведёте реестры, импортируете файлы, планируете закрепления, оформляете приказы и вносите показатели мониторинга. Пользователями и ролями занимается администратор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You see the teachers assigned to you, and you keep your own roadmap, your work log and your teachers&apos; routes and diagnostics.</source>
        <translation>Вы видите закреплённых за вами педагогов, ведёте свою дорожную карту и свой журнал работы, а также маршруты и диагностику своих педагогов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login is not linked to a methodist of the registry yet, so you see no teachers; ask the administrator to link it.</source>
        <translation>Ваш логин ещё не связан с методистом реестра, поэтому педагоги вам не видны; попросите администратора связать его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registries, assignment, orders and monitoring figures are kept by coordinators.</source>
        <translation>Реестры, закрепление, приказы и показатели мониторинга ведут координаторы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You read the registries and the reports; changes are made by coordinators and methodists.</source>
        <translation>Вы просматриваете реестры и отчёты; изменения вносят координаторы и методисты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login has no role in this registry, so the server shows you nothing; ask the administrator to give you one.</source>
        <translation>У вашего логина нет роли в этом реестре, поэтому сервер ничего вам не показывает; попросите администратора назначить вам роль.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server itself checks every read and change against the role, whatever program is used.</source>
        <translation>Сервер сам проверяет каждое чтение и изменение на соответствие роли, какой бы программой ни пользовались.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>methodist</source>
        <translation>методист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no role</source>
        <translation>без роли</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <location filename="../app/cli/SettingsCommands.cpp" line="+26"/>
        <source>Usage: metodist-cli settings planner-priority [CODE[+CODE…] …] [--reset] [--clear]</source>
        <translation>Использование: metodist-cli settings planner-priority [КОД[+КОД…] …] [--reset] [--clear]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back to the shipped order</source>
        <translation>вернуть порядок по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no priority categories</source>
        <translation>без приоритетных категорий</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No priority categories are set: when capacity is short, no teacher comes first.</source>
        <translation>Приоритетные категории не заданы: при нехватке мест никто из педагогов не получает преимущества.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order of assignment when capacity is short:</source>
        <translation>Очерёдность закрепления при нехватке мест:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Codes:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>settings of the database: the order of assignment (priority categories, rank by rank)</source>
        <translation>настройки базы данных: очерёдность закрепления (приоритетные категории по рангам)</translation>
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
        <translation>СНИЛС «%L1» может содержать только цифры, пробелы и дефисы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The СНИЛС «%1» must have 11 digits.</source>
        <translation>СНИЛС «%L1» должен содержать 11 цифр.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The СНИЛС «%1» is made of zeros; no person has it.</source>
        <translation>СНИЛС «%L1» состоит из нулей; такого СНИЛС ни у кого нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The СНИЛС «%1» has a wrong check number: expected %2.</source>
        <translation>В СНИЛС «%L1» неверное контрольное число: ожидается %L2.</translation>
    </message>
</context>
<context>
    <name>SupportCommands</name>
    <message>
        <location filename="../app/cli/SupportCommands.cpp" line="+63"/>
        <source>Usage: metodist-cli route show|create|export …; see metodist-cli --help.</source>
        <translation>Использование: metodist-cli route show|create|export …; см. metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Work log entries imported: %1.</source>
        <translation>Импортировано записей журнала работы: %L1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Work log entries exported: %1.</source>
        <translation>Экспортировано записей журнала работы: %L1.</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+86"/>
        <source>first date, YYYY-MM-DD</source>
        <translation>начальная дата, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>last date, YYYY-MM-DD</source>
        <translation>конечная дата, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>table or json</source>
        <translation>table или json</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+81"/>
        <location line="+66"/>
        <location line="+76"/>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Дата должна быть указана в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Usage: metodist-cli roadmap show|create|export|conclude …; see metodist-cli --help.</source>
        <translation>Использование: metodist-cli roadmap show|create|export|conclude …; см. metodist-cli --help.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the methodist&apos;s СНИЛС</source>
        <translation>СНИЛС методиста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the teacher&apos;s СНИЛС</source>
        <translation>СНИЛС педагога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of work: its name or code in the dictionary</source>
        <translation>вид работы: название или код в справочнике</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: metodist-cli worklog import FILE.csv | worklog export FILE.csv [--methodist SNILS] [--teacher SNILS] [--kind NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>Использование: metodist-cli worklog import FILE.csv | worklog export FILE.csv [--methodist SNILS] [--teacher SNILS] [--kind NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--to is before --from.</source>
        <translation>Дата --to раньше даты --from.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>error: </source>
        <translation>ошибка: </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>«%1» is not a kind of work of the dictionary.</source>
        <translation>«%L1» отсутствует в справочнике видов работ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: metodist-cli events list [--from D] [--to D] [--format table|json] | events add --title T --date D [--end D] [--level NAME] [--stage NAME] [--organiser T] [--participants T] [--description T]</source>
        <translation>Использование: metodist-cli events list [--from D] [--to D] [--format table|json] | events add --title T --date D [--end D] [--level NAME] [--stage NAME] [--organiser T] [--participants T] [--description T]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--format takes table or json.</source>
        <translation>Параметр --format принимает значения table или json.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Events: %1</source>
        <translation>События: %L1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the event&apos;s title</source>
        <translation>название события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it starts, YYYY-MM-DD</source>
        <translation>дата начала, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last day of a longer event, YYYY-MM-DD</source>
        <translation>последний день многодневного события, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event&apos;s level: its name or code in the dictionary</source>
        <translation>уровень события: название или код в справочнике</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stage of the support model: its name or code in the dictionary</source>
        <translation>этап модели сопровождения: название или код в справочнике</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who holds it</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who takes part</source>
        <translation>участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: metodist-cli events add --title T --date YYYY-MM-DD [--end D] [--level NAME] [--stage NAME] [--organiser T] [--participants T] [--description T]</source>
        <translation>Использование: metodist-cli events add --title T --date YYYY-MM-DD [--end D] [--level NAME] [--stage NAME] [--organiser T] [--participants T] [--description T]</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>«%1» is not in the dictionary «%2»; it has: %3.</source>
        <translation>«%L1» нет в справочнике «%L2»; в нём есть: %L3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event «%1» was added to the calendar: %2.</source>
        <translation>Событие «%L1» добавлено в календарь: %L2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>СНИЛС</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>academic year</source>
        <translation>учебный год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date to judge overdue activities by, YYYY-MM-DD</source>
        <translation>дата, на которую определяются просроченные мероприятия, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>the roadmap of methodical support of a methodist: show, create, print to PDF</source>
        <translation>дорожная карта методического сопровождения методиста: просмотр, создание, печать в PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a teacher&apos;s individual educational route: show, create from suggestions, print</source>
        <translation>индивидуальный образовательный маршрут педагога: просмотр, создание по предложениям, печать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the methodists&apos; work log in and out of CSV</source>
        <translation>журнал работы методистов: загрузка из CSV и выгрузка в CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the events calendar: list, add an event</source>
        <translation>календарь событий: список, добавление события</translation>
    </message>
    <message>
        <location line="-458"/>
        <location line="+200"/>
        <source>There is no methodist with СНИЛС %1.</source>
        <translation>Методист со СНИЛС %L1 не найден.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>success, partial, failure or none</source>
        <translation>success (реализована), partial (частично), failure (не реализована) или none (без вывода)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plans for the next year</source>
        <translation>планы на следующий учебный год</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: metodist-cli roadmap show|create|conclude --methodist SNILS --year Y | roadmap export --methodist SNILS --year Y FILE.pdf</source>
        <translation>Использование: metodist-cli roadmap show|create|conclude --methodist СНИЛС --year ГОД | roadmap export --methodist СНИЛС --year ГОД ФАЙЛ.pdf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The roadmap for %1 was created with its seven stages.</source>
        <translation>Создана дорожная карта из семи этапов: %L1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The roadmap was saved to %1.</source>
        <translation>Дорожная карта сохранена в файл %L1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--conclusion takes success, partial, failure or none.</source>
        <translation>--conclusion принимает success, partial, failure или none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give --conclusion, --plans or both.</source>
        <translation>Укажите --conclusion, --plans или оба параметра.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The summing up of the roadmap is saved: %1.</source>
        <translation>Подведение итогов дорожной карты сохранено: %L1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no conclusion yet</source>
        <translation>вывод пока не сделан</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%L1 из %L2 (%L3 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summing up:</source>
        <translation>Подведение итогов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teachers covered by done activities: %1</source>
        <translation>педагогов охвачено выполненными мероприятиями: %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>activities done: %1</source>
        <translation>мероприятий выполнено: %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>routes completed: %1</source>
        <translation>маршрутов завершено: %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conclusion: %1</source>
        <translation>вывод: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not drawn yet</source>
        <translation>пока не сделан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plans for the next year: %1</source>
        <translation>планы на следующий год: %L1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Usage: metodist-cli route show|create --teacher SNILS --year Y | route export --teacher SNILS --year Y FILE.pdf</source>
        <translation>Использование: metodist-cli route show|create --teacher SNILS --year Y | route export --teacher SNILS --year Y FILE.pdf</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+354"/>
        <source>There is no teacher with СНИЛС %1.</source>
        <translation>Педагог со СНИЛС %L1 не найден.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The route for %1 was created with %n item(s).</source>
        <translation>
            <numerusform>Создан маршрут из %Ln элемента: %L1.</numerusform>
            <numerusform>Создан маршрут из %Ln элементов: %L1.</numerusform>
            <numerusform>Создан маршрут из %Ln элементов: %L1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The route was saved to %1.</source>
        <translation>Маршрут сохранён в файл %L1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tutor: %1</source>
        <translation>тьютор: %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress: %1 of %2 items done</source>
        <translation>Ход выполнения: выполнено элементов — %L1 из %L2</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <location filename="../core/services/RegistryMigration.cpp" line="-127"/>
        <location filename="../core/storage/TableCopy.cpp" line="+86"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../core/storage/TableCopy.cpp" line="-65"/>
        <source>Cannot empty the table «%1» of the copy: %2</source>
        <translation>Не удаётся очистить таблицу «%L1» в копии: %L2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copying the table «%1» failed: %2</source>
        <translation>Не удалось скопировать таблицу «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot continue the numbering of «%1» after the copied rows: %2</source>
        <translation>Не удаётся продолжить нумерацию записей таблицы «%L1» после скопированных строк: %L2</translation>
    </message>
</context>
<context>
    <name>TeacherBulkWriter</name>
    <message>
        <location filename="../core/storage/TeacherBulkWriter.cpp" line="+289"/>
        <location line="+7"/>
        <source>Stopped while building the indexes.</source>
        <translation>Остановлено во время построения индексов.</translation>
    </message>
</context>
<context>
    <name>TeacherRepository</name>
    <message>
        <location filename="../core/storage/TeacherRepository.cpp" line="+30"/>
        <source>Another person with this СНИЛС is already in the registry.</source>
        <translation>В реестре уже есть другой человек с таким СНИЛС.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The teacher no longer exists; the list may be out of date.</source>
        <translation>Запись о педагоге больше не существует; возможно, список устарел.</translation>
    </message>
</context>
<context>
    <name>TeacherSource</name>
    <message>
        <location filename="../ui/models/RegistrySources.cpp" line="-72"/>
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
    <name>TeacherWriter</name>
    <message>
        <location filename="../core/storage/TeacherRepository.cpp" line="-17"/>
        <source>The teacher has assignments or routes and cannot be deleted; end them first.</source>
        <translation>У педагога есть закрепления или индивидуальные маршруты, поэтому его нельзя удалить; пожалуйста, сначала завершите их.</translation>
    </message>
</context>
<context>
    <name>TextDocumentPdf</name>
    <message>
        <location filename="../core/documents/TextDocumentPdf.cpp" line="+305"/>
        <source>Cannot create the file «%1»: %2</source>
        <translation>Не удаётся создать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the file «%1»: the PDF could not be drawn.</source>
        <translation>Не удаётся записать файл «%L1»: не удалось сформировать PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the file «%1»: %2</source>
        <translation>Не удаётся записать файл «%L1»: %L2</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../core/domain/TextRules.cpp" line="+26"/>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation>Текст длиной %L1 знаков; допускается не более %L2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text contains a NUL character, which no keyboard types; the file is damaged or not a text.</source>
        <translation>В тексте есть нулевой символ (NUL), которого нельзя набрать с клавиатуры: файл повреждён или это не текст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text must fit on one line.</source>
        <translation>Текст должен умещаться в одну строку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text contains the control character U+%1, which no keyboard types.</source>
        <translation>В тексте есть управляющий символ U+%L1, которого нельзя набрать с клавиатуры.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%L1: %L2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+23"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Не удаётся начать транзакцию: %L1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The transaction is not active.</source>
        <translation>Транзакция не активна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the changes: %1</source>
        <translation>Не удаётся сохранить изменения: %L1</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="+32"/>
        <source>Usage: metodist-cli --db postgresql://… user list | add LOGIN --role ROLE [--methodist ID] | role LOGIN ROLE [--methodist ID] | remove LOGIN
ROLE: administrator, coordinator, methodist (with --methodist, the methodist&apos;s number) or viewer.</source>
        <translation>Использование: metodist-cli --db postgresql://… user list | add LOGIN --role ROLE [--methodist ID] | role LOGIN ROLE [--methodist ID] | remove LOGIN
ROLE: administrator, coordinator, methodist (с --methodist — номер методиста) или viewer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No users yet: add one with «user add LOGIN --role ROLE».</source>
        <translation>Пользователей пока нет: добавьте пользователя командой «user add LOGIN --role ROLE».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>methodist %1 %2</source>
        <translation>методист № %L1 %L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(cannot log in)</source>
        <translation>(вход запрещён)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the methodist a methodist&apos;s login is</source>
        <translation>методист, с которым связан логин методиста</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«%1» is not a role: administrator, coordinator, methodist or viewer.</source>
        <translation>«%L1» — не роль; укажите administrator, coordinator, methodist или viewer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--methodist takes the methodist&apos;s number.</source>
        <translation>После --methodist укажите номер методиста.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>«%1» is now %2 in this registry.</source>
        <translation>Теперь роль пользователя «%L1» в этом реестре: %L2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is the server&apos;s: set it with psql («\password %1») or as the server&apos;s administrator decides; the program never stores one.</source>
        <translation>Паролем распоряжается сервер: задайте его через psql («\password %L1») или так, как решит администратор сервера; программа паролей не хранит.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>«%1» has no role in this registry any more; the login stays on the server.</source>
        <translation>У пользователя «%L1» больше нет роли в этом реестре; логин на сервере остаётся.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>users of a shared registry on a server and their roles</source>
        <translation>пользователи общего реестра на сервере и их роли</translation>
    </message>
</context>
<context>
    <name>WorkKindSummaryModel</name>
    <message>
        <location filename="../ui/models/JournalModels.cpp" line="-48"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
</context>
<context>
    <name>WorkLogModel</name>
    <message>
        <location line="-33"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>WorkLogRepository</name>
    <message>
        <location filename="../core/storage/WorkLogRepository.cpp" line="+13"/>
        <source>A work log entry needs a methodist and a teacher.</source>
        <translation>Для записи журнала работы необходимо указать методиста и педагога.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A work log entry needs the kind of work.</source>
        <translation>Для записи журнала работы необходимо указать вид работы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A work log entry needs a date.</source>
        <translation>Для записи журнала работы необходимо указать дату.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration must be a positive number of minutes.</source>
        <translation>Продолжительность должна быть положительным числом минут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>WorkLogService</name>
    <message numerus="yes">
        <location filename="../core/services/WorkLogService.cpp" line="+45"/>
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>Ничего не импортировано: %Ln ошибка.</numerusform>
            <numerusform>Ничего не импортировано: %Ln ошибки.</numerusform>
            <numerusform>Ничего не импортировано: %Ln ошибок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %Ln.</numerusform>
            <numerusform>…и ещё %Ln.</numerusform>
            <numerusform>…и ещё %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <location filename="../core/documents/SheetStream.cpp" line="+68"/>
        <source>The file «%1» is not a workbook (.xlsx, .xls or .ods).</source>
        <translation>Файл «%L1» не является книгой (.xlsx, .xls или .ods).</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <location filename="../core/documents/XlsContainer.cpp" line="+44"/>
        <source>The workbook «%1» is damaged (%2); open it in Excel or LibreOffice and save it again.</source>
        <translation>Книга «%L1» повреждена (%L2); откройте её в Excel или LibreOffice и сохраните заново.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its sectors are neither 512 nor 4096 bytes</source>
        <translation>её секторы имеют размер не 512 и не 4096 байт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its allocation table does not fit the file</source>
        <translation>её таблица размещения не соответствует файлу</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>its directory is outside the file</source>
        <translation>её каталог находится за пределами файла</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its directory is malformed</source>
        <translation>её каталог искажён</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../core/documents/XlsPreflight.cpp" line="+199"/>
        <location line="+45"/>
        <location line="+7"/>
        <location line="+415"/>
        <source>The file «%1» is not an Excel 97–2003 workbook (.xls).</source>
        <translation>Файл «%L1» не является книгой Excel 97–2003 (.xls).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a chain of its sectors is broken</source>
        <translation>нарушена цепочка её секторов</translation>
    </message>
    <message>
        <location filename="../core/documents/XlsPreflight.cpp" line="-520"/>
        <source>The workbook «%1» is damaged: a record of it runs past its own end. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Книга «%L1» повреждена: одна из её записей выходит за собственную границу. Откройте книгу в Excel или LibreOffice и сохраните заново.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The workbook «%1» is refused: its sheets span more than %2 cells in all, far beyond any registry (the .xls reader keeps every cell of every sheet in memory). Save the sheet you need as .xlsx or CSV.</source>
        <translation>Книга «%L1» отклонена: её листы занимают в сумме больше %L2 ячеек — намного больше любого реестра (при чтении .xls все ячейки всех листов держатся в памяти). Сохраните нужный лист в формате .xlsx или CSV.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook «%1» is damaged: a sheet of it declares its range twice, or has a cell outside its range or written twice. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Книга «%L1» повреждена: один из её листов объявляет диапазон дважды или содержит ячейку вне диапазона либо записанную дважды. Откройте книгу в Excel или LibreOffice и сохраните заново.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+34"/>
        <source>The workbook «%1» is refused: it has more than %2 sheets.</source>
        <translation>Книга «%L1» отклонена: в ней больше %L2 листов.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The workbook «%1» is protected with a password; remove the password in Excel and save it again, or save it as .xlsx.</source>
        <translation>Книга «%L1» защищена паролем; снимите пароль в Excel и сохраните её заново или сохраните в формате .xlsx.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The workbook «%1» is refused: it has more than %2 cell formats.</source>
        <translation>Книга «%L1» отклонена: в ней больше %L2 форматов ячеек.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The workbook «%1» is refused: its texts hold more than %2 characters, far beyond any registry.</source>
        <translation>Книга «%L1» отклонена: её тексты содержат больше %L2 знаков — намного больше любого реестра.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The workbook «%1» is refused: it lists more than %2 texts.</source>
        <translation>Книга «%L1» отклонена: в ней больше %L2 текстов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workbook «%1» holds a text too long for the .xls reader (over two records, some 4 000 characters); save it as .xlsx.</source>
        <translation>В книге «%L1» есть текст, слишком длинный для чтения .xls (больше двух записей, около 4 000 знаков); сохраните её в формате .xlsx.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workbook «%1» holds East Asian phonetic guides in its texts, which the .xls reader cannot read; save it as .xlsx.</source>
        <translation>Тексты книги «%L1» содержат фонетические подсказки для восточноазиатских языков, которые чтение .xls не поддерживает; сохраните её в формате .xlsx.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The file «%1» is refused: it is larger than %2 MB, and an Excel 97–2003 workbook (.xls) is read into memory whole. Save it as .xlsx or CSV, which are read row by row.</source>
        <translation>Файл «%L1» отклонён: он больше %L2 МБ, а книга Excel 97–2003 (.xls) читается в память целиком. Сохраните его в формате .xlsx или CSV — они читаются построчно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the file «%1»: %2.</source>
        <translation>Не удаётся открыть файл «%L1»: %L2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file «%1» changed while it was read; try again once it is saved.</source>
        <translation>Файл «%L1» изменился во время чтения; повторите попытку, когда он будет сохранён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file «%1» is a web page (HTML) named .xls, not an Excel workbook; open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>Файл «%L1» — это веб-страница (HTML) с расширением .xls, а не книга Excel; откройте его в Excel или LibreOffice и сохраните в формате .xlsx.</translation>
    </message>
    <message>
        <location filename="../core/documents/XlsReader.cpp" line="+71"/>
        <source>The workbook «%1» has no sheets.</source>
        <translation>В книге «%L1» нет листов.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet «%1» is refused: it spans %2 rows and %3 columns, more than a sheet holds (%4 rows, %5 columns).</source>
        <translation>Лист «%L1» отклонён: он занимает %L2 строк и %L3 столбцов — больше, чем вмещает лист (%L4 строк, %L5 столбцов).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/documents/ZipArchive.h" line="+67"/>
        <source>The workbook has no part «%1».</source>
        <translation>В книге Excel отсутствует часть «%L1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the part «%1» of the workbook.</source>
        <translation>Не удаётся прочитать часть «%L1» книги Excel.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file «%1» is refused: its part «%2» unpacks to more than %3 times its packed size, as a zip bomb does, not a workbook.</source>
        <translation>Файл «%L1» отклонён: его часть «%L2» распаковывается более чем в %L3 раз больше сжатого размера — так ведёт себя zip-бомба, а не книга Excel.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The part «%1» of the workbook is damaged.</source>
        <translation>Часть «%L1» книги Excel повреждена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file «%1» is refused: its part «%2» unpacks to more than %3 MB, far beyond any registry.</source>
        <translation>Файл «%L1» отклонён: его часть «%L2» распаковывается более чем в %L3 МБ — это далеко за пределами любого реестра.</translation>
    </message>
    <message>
        <location filename="../core/documents/XlsxReader.cpp" line="+137"/>
        <source>The list of texts of the workbook is damaged: %1.</source>
        <translation>Список текстов книги повреждён: %L1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file «%1» is refused: text number %2 of the workbook is longer than %3 characters, the limit of a cell.</source>
        <translation>Файл «%L1» отклонён: текст № %L2 книги длиннее %L3 знаков — предела ячейки.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file «%1» is refused: its texts hold more than %2 characters in more than %3 cells, far beyond any registry.</source>
        <translation>Файл «%L1» отклонён: в его текстах больше %L2 знаков в более чем %L3 ячейках — это далеко за пределами любого реестра.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The sheet «%1» is refused: its row number «%2» is outside a sheet (1 to %3 rows).</source>
        <translation>Лист «%L1» отклонён: номер строки «%L2» выходит за пределы листа (от 1 до %L3 строк).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet «%1» is refused: it has more than %2 rows.</source>
        <translation>Лист «%L1» отклонён: в нём больше %L2 строк.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sheet «%1» is refused: the cell «%2» lies outside a sheet (%3 rows, %4 columns).</source>
        <translation>Лист «%L1» отклонён: ячейка «%L2» лежит за пределами листа (%L3 строк, %L4 столбцов).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet «%1» is damaged: «%2» is not a cell reference.</source>
        <translation>Лист «%L1» повреждён: «%L2» — не адрес ячейки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet «%1» is refused: row %2 has more than %3 columns.</source>
        <translation>Лист «%L1» отклонён: в строке %L2 больше %L3 столбцов.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sheet «%1» is damaged: the cell %2 refers to text number «%3», which the workbook does not have.</source>
        <translation>Лист «%L1» повреждён: ячейка %L2 ссылается на текст № «%L3», которого в книге нет.</translation>
    </message>
    <message>
        <location filename="../core/documents/OdsReader.cpp" line="-88"/>
        <location filename="../core/documents/XlsReader.cpp" line="+38"/>
        <location filename="../core/documents/XlsxReader.cpp" line="+20"/>
        <source>The sheet «%1» is refused: its cells hold more than %2 characters in all, far beyond any registry.</source>
        <translation>Лист «%L1» отклонён: в его ячейках в сумме больше %L2 знаков — далеко за пределами любого реестра.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location filename="../core/documents/XlsReader.cpp" line="-6"/>
        <location filename="../core/documents/XlsxReader.cpp" line="+4"/>
        <source>The sheet «%1» is refused: row %2 holds more than %3 characters, far beyond any registry row.</source>
        <translation>Лист «%L1» отклонён: в строке %L2 больше %L3 знаков — далеко за пределами любой строки реестра.</translation>
    </message>
    <message>
        <location line="-85"/>
        <location filename="../core/documents/XlsReader.cpp" line="-8"/>
        <location filename="../core/documents/XlsxReader.cpp" line="+13"/>
        <source>The sheet «%1» is refused: the cell %2 holds more than %3 characters, the limit of a spreadsheet cell.</source>
        <translation>Лист «%L1» отклонён: в ячейке %L2 больше %L3 знаков — предела ячейки электронной таблицы.</translation>
    </message>
    <message>
        <location filename="../core/documents/XlsxReader.cpp" line="-337"/>
        <location line="+488"/>
        <source>The file «%1» is not an Excel workbook (.xlsx).</source>
        <translation>Файл «%L1» не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>The file «%1» is refused: it lists more than %2 sheets.</source>
        <translation>Файл «%L1» отклонён: в нём больше %L2 листов.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file «%1» is refused: %2 MB of its list of texts in a row hold no text.</source>
        <translation>Файл «%L1» отклонён: %L2 МБ его списка текстов подряд не содержат ни одного текста.</translation>
    </message>
    <message>
        <location filename="../core/documents/OdsReader.cpp" line="+195"/>
        <location line="+128"/>
        <location filename="../core/documents/XlsPreflight.cpp" line="-19"/>
        <location filename="../core/documents/XlsxReader.cpp" line="+287"/>
        <source>«%1» is not a regular file.</source>
        <translation>«%L1» — не обычный файл.</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <location filename="../core/documents/XlsPreflight.cpp" line="-2"/>
        <location filename="../core/documents/XlsxReader.cpp" line="+1"/>
        <source>The file «%1» does not exist.</source>
        <translation>Файла «%L1» нет.</translation>
    </message>
    <message>
        <location filename="../core/documents/XlsxReader.cpp" line="+25"/>
        <source>The workbook «%1» is damaged: it names the sheet «%2» but does not say where it is.</source>
        <translation>Книга «%L1» повреждена: в ней назван лист «%L2», но не указано, где он находится.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sheet «%1» of «%2» is damaged: %3.</source>
        <translation>Лист «%L1» файла «%L2» повреждён: %L3.</translation>
    </message>
    <message>
        <location filename="../core/documents/OdsReader.cpp" line="-89"/>
        <location filename="../core/documents/XlsxReader.cpp" line="+6"/>
        <source>The sheet «%1» is refused: %2 MB of it in a row hold no text at all.</source>
        <translation>Лист «%L1» отклонён: %L2 МБ его разметки подряд не содержат ни одного текста.</translation>
    </message>
    <message>
        <location filename="../core/documents/XlsxReader.cpp" line="+91"/>
        <source>The file «%1» is not an OOXML document.</source>
        <translation>Файл «%L1» не является документом OOXML.</translation>
    </message>
    <message>
        <location filename="../core/documents/OdsReader.cpp" line="-23"/>
        <location filename="../core/documents/XlsReader.cpp" line="-32"/>
        <location filename="../core/documents/XlsxReader.cpp" line="-125"/>
        <source>The workbook has no sheet «%1»; its sheets: %2.</source>
        <translation>В книге нет листа «%L1»; имеющиеся листы: %L2.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <location filename="../core/documents/XlsxWriter.cpp" line="+57"/>
        <source>Row %1, column «%2» holds %3 characters, more than a cell of Excel holds (%4); nothing was written. Export to CSV, or shorten the text.</source>
        <translation>Строка %L1, столбец «%L2»: в ячейке %L3 знаков — больше, чем вмещает ячейка Excel (%L4); ничего не записано. Выгрузите данные в CSV или сократите текст.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the file «%1».</source>
        <translation>Не удаётся создать файл «%L1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot add the sheet «%1» to the file «%2».</source>
        <translation>Не удалось добавить лист «%L1» в файл «%L2».</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot create the file «%1». Check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Не удалось создать файл «%L1». Проверьте, что папка существует, что в неё разрешена запись и что файл не открыт в другой программе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the file «%1» (%2)</source>
        <translation>Не удалось записать файл «%L1» (%L2)</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../core/documents/ZipWriter.cpp" line="+83"/>
        <source>Cannot create the file «%1»: %2</source>
        <translation>Не удаётся создать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the archive cannot be started</source>
        <translation>не удаётся начать создание архива</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>Cannot write the file «%1»: %2</source>
        <translation>Не удаётся записать файл «%L1»: %L2</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>cannot add «%1» (%2)</source>
        <translation>не удаётся добавить «%L1» (%L2)</translation>
    </message>
</context>
<context>
    <name>metodist::ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="+27"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. minutes, report, certificate</source>
        <translation>например, протокол, отчёт, сертификат</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity*</source>
        <translation>Мероприятие*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The methodist has no teachers assigned this year.</source>
        <translation>За методистом в этом учебном году не закреплены педагоги.</translation>
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
    <name>metodist::AssignDialog</name>
    <message>
        <location filename="../ui/dialogs/AssignDialog.cpp" line="+41"/>
        <source>Assign to a methodist</source>
        <translation>Закрепить за методистом</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers (%1): %2</source>
        <translation>Педагоги (%L1): %L2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search a methodist by name</source>
        <translation>Поиск методиста по ФИО</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. no methodist of the subject in the municipality</source>
        <translation>например, в муниципалитете нет методиста по предмету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for overriding the warnings*</source>
        <translation>Обоснование закрепления вопреки предупреждениям*</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned from</source>
        <translation>Дата закрепления</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodists of the teachers&apos; subject come first. Brown: does not meet the requirements or inactive; red background: over capacity.</source>
        <translation>Первыми показаны методисты по предмету педагогов. Коричневым выделены методисты, не соответствующие требованиям или неактивные; красным фоном — с превышением нагрузки.</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n teacher(s) will leave their current methodist; that assignment ends and stays in the history.</source>
        <translation>
            <numerusform>%Ln педагог будет откреплён от текущего методиста; это закрепление завершится и сохранится в истории.</numerusform>
            <numerusform>%Ln педагога будут откреплены от текущего методиста; эти закрепления завершатся и сохранятся в истории.</numerusform>
            <numerusform>%Ln педагогов будут откреплены от текущего методиста; эти закрепления завершатся и сохранятся в истории.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n teacher(s) already have this methodist and stay as they are.</source>
        <translation>
            <numerusform>%Ln педагог уже закреплён за этим методистом и останется без изменений.</numerusform>
            <numerusform>%Ln педагога уже закреплены за этим методистом и останутся без изменений.</numerusform>
            <numerusform>%Ln педагогов уже закреплены за этим методистом и останутся без изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metodist::AssignmentHistoryPanel</name>
    <message>
        <location filename="../ui/dialogs/AssignmentHistoryPanel.cpp" line="+27"/>
        <source>Methodists assigned</source>
        <translation>Закреплённые методисты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teachers assigned in %1</source>
        <translation>Педагоги, закреплённые в %L1 учебном году</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: none</source>
        <translation>%L1: нет</translation>
    </message>
</context>
<context>
    <name>metodist::AssignmentPage</name>
    <message>
        <location filename="../ui/pages/AssignmentPage.cpp" line="+63"/>
        <source>&amp;End assignment…</source>
        <translation>&amp;Завершить закрепление…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Automatic assignment…</source>
        <translation>&amp;Автоматическое закрепление…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search a methodist by name</source>
        <translation>Поиск методиста по ФИО</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Teacher&apos;s history of changes…</source>
        <translation>История изменений педагога…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assignment</source>
        <translation>Закрепление</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All subjects</source>
        <translation>Все предметы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All municipalities</source>
        <translation>Все муниципалитеты</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Methodists shown: %1 of %2. Teachers assigned in %3: %4.</source>
        <translation>Показано методистов: %L1 из %L2. Закреплено педагогов в %L3 учебном году: %L4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over capacity (red rows): %1.</source>
        <translation>Сверх нагрузки (красные строки): %L1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>In orange: %n methodist(s) not in the РМА or not meeting its requirements (the row&apos;s tooltip says why).</source>
        <translation>
            <numerusform>Оранжевым: %Ln методист не входит в РМА или не отвечает его требованиям (почему — в подсказке строки).</numerusform>
            <numerusform>Оранжевым: %Ln методиста не входят в РМА или не отвечают его требованиям (почему — в подсказке строки).</numerusform>
            <numerusform>Оранжевым: %Ln методистов не входят в РМА или не отвечают его требованиям (почему — в подсказке строки).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a methodist to see their teachers.</source>
        <translation>Выберите методиста, чтобы увидеть закреплённых за ним педагогов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers of %1 in %2: %3</source>
        <translation>Педагоги методиста %L1 в %L2 учебном году: %L3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End assignment</source>
        <translation>Завершение закрепления</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. the teacher moved to another school</source>
        <translation>например, педагог перешёл в другую школу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teachers: %1. Their assignments end and stay in the history.</source>
        <translation>Педагогов: %L1. Их закрепления будут завершены и сохранятся в истории.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason*</source>
        <translation>Причина*</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assignments ended: %1.</source>
        <translation>Завершено закреплений: %L1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic assignment done: %1 teachers assigned.</source>
        <translation>Автоматическое закрепление выполнено: закреплено педагогов — %L1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order created for %1 assignments.</source>
        <translation>Создан приказ; закреплений в нём: %L1.</translation>
    </message>
</context>
<context>
    <name>metodist::BackgroundTask</name>
    <message>
        <location filename="../ui/BackgroundTask.cpp" line="+15"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>metodist::CataloguePage</name>
    <message>
        <location filename="../ui/pages/CataloguePage.cpp" line="+29"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search by title or provider</source>
        <translation>Поиск по названию или организатору</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A CSV or Excel file with the columns Название, Вид, Организатор, Часов, Форма, Федеральный реестр, Предметы, Дефициты, Уровни (several values in a cell separated by «;», «,» or «/»). An entry with the same title and provider is updated.</source>
        <translation>Файл CSV или Excel со столбцами Название, Вид, Организатор, Часов, Форма, Федеральный реестр, Предметы, Дефициты, Уровни (несколько значений в ячейке — через «;», «,» или «/»). Запись с тем же названием и организатором обновляется.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Programme catalogue</source>
        <translation>Каталог программ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Entries: %1</source>
        <translation>Записей: %L1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Импортировано: новых — %L1, обновлено — %L2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>В %L1 экспортирована %Ln запись.</numerusform>
            <numerusform>В %L1 экспортированы %Ln записи.</numerusform>
            <numerusform>В %L1 экспортировано %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Delete entries</source>
        <translation>Удаление записей</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>Delete %n selected entry(ies) of the catalogue? Routes keep the items made from them.</source>
        <translation>
            <numerusform>Удалить %Ln выбранную запись каталога? Пункты маршрутов, созданные из неё, останутся.</numerusform>
            <numerusform>Удалить %Ln выбранные записи каталога? Пункты маршрутов, созданные из них, останутся.</numerusform>
            <numerusform>Удалить %Ln выбранных записей каталога? Пункты маршрутов, созданные из них, останутся.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metodist::ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/ConflictDialog.cpp" line="+20"/>
        <source>The record was deleted</source>
        <translation>Запись удалена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The record was changed by someone else</source>
        <translation>Запись изменена другим пользователем</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else deleted «%1» after you opened it.</source>
        <translation>Пока запись «%L1» была открыта у вас, её удалили.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed «%1» after you opened it.</source>
        <translation>Пока запись «%L1» была открыта у вас, её изменили.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes are not saved yet. You can save your version as a new record, discard it, or go back to the editor to copy what you need.</source>
        <translation>Ваши изменения ещё не сохранены. Можно сохранить вашу версию как новую запись, отказаться от неё или вернуться в редактор и скопировать нужное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are not saved yet. Below are the fields where your version and the saved one differ; the highlighted ones were changed by someone else since you opened the record.</source>
        <translation>Ваши изменения ещё не сохранены. Ниже — поля, в которых ваша версия и сохранённая различаются; выделены те, что изменил другой пользователь после того, как вы открыли запись.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by someone else</source>
        <translation>Сохранено другим пользователем</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save mine as a new record</source>
        <translation>Сохранить мою версию как новую запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save mine anyway</source>
        <translation>Всё равно сохранить мою версию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard my changes</source>
        <translation>Отказаться от моих изменений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the saved version</source>
        <translation>Взять сохранённую версию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to editing</source>
        <translation>Вернуться к редактированию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saves your version as a new record.</source>
        <translation>Сохраняет вашу версию как новую запись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves your version over the one saved by someone else.</source>
        <translation>Сохраняет вашу версию поверх сохранённой другим пользователем.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the editor without saving.</source>
        <translation>Закрывает редактор без сохранения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the saved version in the editor; your changes are dropped.</source>
        <translation>Показывает в редакторе сохранённую версию; ваши изменения отбрасываются.</translation>
    </message>
</context>
<context>
    <name>metodist::DevelopmentPanel</name>
    <message>
        <location filename="../ui/dialogs/DevelopmentPanel.cpp" line="+39"/>
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
        <location line="+42"/>
        <source>, %n hour(s)</source>
        <translation>
            <numerusform>, %Ln час</numerusform>
            <numerusform>, %Ln часа</numerusform>
            <numerusform>, %Ln часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, completed %1</source>
        <translation>, завершено %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — federal registry</source>
        <translation> — федеральный реестр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: level «%2»</source>
        <translation>%L1: уровень «%L2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; deficits: %1</source>
        <translation>; дефициты: %L1</translation>
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
        <location line="+22"/>
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
        <location filename="../ui/pages/DictionariesPage.cpp" line="+36"/>
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
        <location line="+1"/>
        <source>Aliases from a file…</source>
        <translation>Псевдонимы из файла…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load the texts offices write for entries from a CSV or Excel file: columns «Dictionary» (optional), «Value» and «Entry» (code or name).</source>
        <translation>Загрузить написания записей, принятые в организациях, из файла CSV или Excel: столбцы «Справочник» (необязательно), «Значение» и «Запись» (код или название).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>History of changes…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+232"/>
        <source>Dictionaries</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Aliases from a file</source>
        <translation>Псевдонимы из файла</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No alias was added: %n row(s) of the file have errors.</source>
        <translation>
            <numerusform>Ни один псевдоним не добавлен: в %Ln строке файла ошибки.</numerusform>
            <numerusform>Ни один псевдоним не добавлен: в %Ln строках файла ошибки.</numerusform>
            <numerusform>Ни один псевдоним не добавлен: в %Ln строках файла ошибки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %Ln.</numerusform>
            <numerusform>…и ещё %Ln.</numerusform>
            <numerusform>…и ещё %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aliases added to «%1»: %2.</source>
        <translation>В справочник «%L1» добавлено псевдонимов: %L2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new entry in «%1»:</source>
        <translation>Название новой записи в справочнике «%L1»:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added «%1».</source>
        <translation>Добавлена запись «%L1».</translation>
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
            <numerusform>Удалить %Ln выбранную запись? Используемые записи будут сохранены.</numerusform>
            <numerusform>Удалить %Ln выбранные записи? Используемые записи будут сохранены.</numerusform>
            <numerusform>Удалить %Ln выбранных записей? Используемые записи будут сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
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
        <translation>%L1: добавлено муниципалитетов: %L2.</translation>
    </message>
</context>
<context>
    <name>metodist::DictionaryModel</name>
    <message>
        <location filename="../ui/models/DictionaryModel.cpp" line="+71"/>
        <source>How files may write this entry, «;» between the forms; an import takes each of them for the entry.</source>
        <translation>Как эта запись может быть написана в файлах, формы через «;»; импорт принимает каждую из них за эту запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code in files and the command line: %1</source>
        <translation>Код для файлов и командной строки: %L1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also written as</source>
        <translation>Пишут также</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>metodist::DrillDownDialog</name>
    <message>
        <location filename="../ui/dialogs/DrillDownDialog.cpp" line="+59"/>
        <source>Counted: %1</source>
        <translation>Учтённые: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All: %1</source>
        <translation>Все: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not counted: in the denominator, not in the numerator</source>
        <translation>Неучтённые: входят в знаменатель, но не в числитель</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List behind the figure: %1</source>
        <translation>Список: %L1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; academic year %2</source>
        <translation>%L1; учебный год %L2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the whole list, not only the rows shown, as .xlsx or .csv</source>
        <translation>Сохранить весь список, а не только показанные строки, в формате .xlsx или .csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+4"/>
        <source>Reading the list…</source>
        <translation>Загрузка списка…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>In the list: %1.</source>
        <translation>В списке: %L1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first %1 of %2 are shown; «Export…» saves the whole list.</source>
        <translation>Показаны первые %L1 из %L2; кнопка «Экспорт…» сохраняет весь список.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 are shown; «Export…» saves the whole list.</source>
        <translation>Показаны первые %L1; кнопка «Экспорт…» сохраняет весь список.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list %1 %2.xlsx</source>
        <translation>список %L1 %L2.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list</source>
        <translation>Сохранение списка</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved %1 rows to %2.</source>
        <translation>Сохранено строк: %L1; файл: %L2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving the list…</source>
        <translation>Сохранение списка…</translation>
    </message>
</context>
<context>
    <name>metodist::EventDialog</name>
    <message>
        <location filename="../ui/dialogs/EventDialog.cpp" line="+35"/>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event of several days ends on the date given here.</source>
        <translation>Многодневное событие заканчивается в указанную здесь дату.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the regional institute of education</source>
        <translation>например, региональный институт развития образования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. teachers of mathematics, young specialists</source>
        <translation>например, учителя математики, молодые специалисты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates*</source>
        <translation>Даты*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the model</source>
        <translation>Этап модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Give the event a title.</source>
        <translation>Укажите название события.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event cannot end before it starts.</source>
        <translation>Дата окончания события не может быть раньше даты начала.</translation>
    </message>
</context>
<context>
    <name>metodist::EventsPage</name>
    <message>
        <location filename="../ui/pages/EventsPage.cpp" line="+58"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Events of the month</source>
        <translation>События месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of the academic year</source>
        <translation>События учебного года</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Events calendar</source>
        <translation>Календарь событий</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open a database to see the calendar.</source>
        <translation>Откройте базу данных, чтобы увидеть календарь.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 %2: %n event(s)</source>
        <translation>
            <numerusform>%1 %2: %Ln событие</numerusform>
            <numerusform>%1 %2: %Ln события</numerusform>
            <numerusform>%1 %2: %Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Academic year %1: %n event(s)</source>
        <translation>
            <numerusform>Учебный год %L1: %Ln событие</numerusform>
            <numerusform>Учебный год %L1: %Ln события</numerusform>
            <numerusform>Учебный год %L1: %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Organiser: %1</source>
        <translation>Организатор: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants: %1</source>
        <translation>Участники: %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No events chosen. Days with events are in bold; point at a day to see them, double-click a day to add one.</source>
        <translation>События не выбраны. Дни с событиями выделены полужирным шрифтом; наведите указатель на день, чтобы увидеть его события, или дважды щёлкните по дню, чтобы добавить событие.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Event added: %1.</source>
        <translation>Событие добавлено: %L1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event saved: %1.</source>
        <translation>Событие сохранено: %L1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the event %1?</source>
        <translation>Удалить событие %L1?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n event(s): %1?</source>
        <translation>
            <numerusform>Удалить %Ln событие: %L1?</numerusform>
            <numerusform>Удалить %Ln события: %L1?</numerusform>
            <numerusform>Удалить %Ln событий: %L1?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete event</source>
        <translation>Удаление события</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route items and roadmap activities that refer to it keep their text.</source>
        <translation>В элементах маршрутов и мероприятиях дорожных карт, которые ссылаются на событие, его текст сохранится.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>Удалено %Ln событие.</numerusform>
            <numerusform>Удалены %Ln события.</numerusform>
            <numerusform>Удалено %Ln событий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metodist::GanttChart</name>
    <message>
        <location filename="../ui/pages/GanttChart.cpp" line="+69"/>
        <source>No dates are planned yet: plan the stages or give the activities their dates.</source>
        <translation>Сроки ещё не запланированы: задайте сроки этапов или мероприятий.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>planned</source>
        <translation>план</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today, %1</source>
        <translation>сегодня, %L1</translation>
    </message>
</context>
<context>
    <name>metodist::GuideDialog</name>
    <message>
        <location filename="../ui/dialogs/GuideDialog.cpp" line="+36"/>
        <source>User guide — Metodist</source>
        <translation>Руководство пользователя — Методист</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find in the guide</source>
        <translation>Найти в руководстве</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>&amp;Предыдущее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>С&amp;ледующее</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 is missing.</source>
        <translation>Нет файла %L1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide was not found</source>
        <translation>Руководство пользователя не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guide is installed together with the program, into the folder share/metodist/guide beside its folder bin. Reinstall Metodist or ask the administrator to do it.</source>
        <translation>Руководство устанавливается вместе с программой в папку share/metodist/guide рядом с её папкой bin. Переустановите программу «Методист» или обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places looked in:</source>
        <translation>Где программа искала руководство:</translation>
    </message>
</context>
<context>
    <name>metodist::HistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/HistoryDialog.cpp" line="+13"/>
        <location line="+58"/>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>History of changes: %1</source>
        <translation>История изменений: %L1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is recorded about this record yet.</source>
        <translation>По этой записи изменений пока не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>metodist::HomePage</name>
    <message>
        <location filename="../ui/pages/HomePage.cpp" line="+33"/>
        <source>Teachers with methodical support</source>
        <translation>Педагоги, охваченные методическим сопровождением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers following an individual route</source>
        <translation>Педагоги, реализующие индивидуальный образовательный маршрут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teachers with federal-registry professional development this year</source>
        <translation>Педагоги, прошедшие ПК по программам из федерального реестра в текущем учебном году</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Methodists with federal-registry professional development</source>
        <translation>Методисты, прошедшие ПК по программам из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers per methodist</source>
        <translation>Педагогов на одного методиста</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;monitoring</source>
        <translation>Открыть &amp;мониторинг</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>All indicators by block and municipality, the lists behind them, charts and exports</source>
        <translation>Все показатели по блокам и муниципалитетам, списки, по которым они рассчитаны, диаграммы и экспорт</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Counting the indicators of %1…</source>
        <translation>Расчёт показателей за %L1 учебный год…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting the key indicators…</source>
        <translation>Расчёт ключевых показателей…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of %2</source>
        <translation>%L1 из %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 teachers, %2 methodists</source>
        <translation>педагогов: %L1, методистов: %L2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target %1</source>
        <translation>целевое значение: %L1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key indicators of academic year %1 for %2, as of %3.</source>
        <translation>Ключевые показатели за %L1 учебный год: %L2, по состоянию на %L3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry has no teachers yet: import them in the «Teachers» area, and the methodists in the «Methodists» area, to see the indicators.</source>
        <translation>В реестре пока нет педагогов. Чтобы увидеть показатели, импортируйте педагогов в разделе «Педагоги», а методистов — в разделе «Методисты».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has no active methodists yet: import them in the «Methodists» area.</source>
        <translation>В реестре пока нет действующих методистов. Импортируйте их в разделе «Методисты».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No teacher is assigned to a methodist in %1 yet: assign them in the «Assignment» area.</source>
        <translation>В %L1 учебном году ещё ни один педагог не закреплён за методистом. Закрепите педагогов в разделе «Закрепление».</translation>
    </message>
</context>
<context>
    <name>metodist::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="+181"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Import only the valid rows and skip the rest</source>
        <translation>Импортировать только корректные строки, остальные пропустить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import of %1</source>
        <translation>Импорт: %L1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+14"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Электронные таблицы (%L1);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import was cancelled; the database was not changed.</source>
        <translation>Импорт отменён; база данных не изменена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import did not finish.</source>
        <translation>Импорт не завершён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: the file has changed since the check and now has rows with errors (%1). Check it again.</source>
        <translation>Ничего не импортировано: файл изменился после проверки, и в нём теперь есть строки с ошибками (%L1). Проверьте его ещё раз.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The first %1 faults are listed row by row; %2 more are counted by kind at the end of the list.</source>
        <translation>Первые %L1 ошибок перечислены по строкам; ещё %L2 сосчитаны по видам в конце списка.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1
(ignored)</source>
        <translation>%L1
(не учитывается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
→ %2</source>
        <translation>%L1
→ %L2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Header in row %1%2. Columns used: %3.</source>
        <translation>Заголовок в строке %L1%L2. Используемые столбцы: %L3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; encoding %1</source>
        <translation>; кодировка %L1</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>A CSV file (UTF-8 or Windows-1251; «;», «,» or tab between fields) or a workbook of Excel (.xlsx, or .xls of Excel 97–2003) or LibreOffice (.ods). A title above the header row is fine.</source>
        <translation>Файл CSV (UTF-8 или Windows-1251; поля разделены «;», «,» или табуляцией) либо книга Excel (.xlsx или .xls Excel 97–2003) или LibreOffice (.ods). Заголовок над строкой с названиями столбцов допускается.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+188"/>
        <source>No problems found.</source>
        <translation>Проблем не обнаружено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1. New: %2, to update: %3, with errors: %4.</source>
        <translation>Строк: %L1. Новых: %L2, к обновлению: %L3, с ошибками: %L4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With errors in the file nothing is imported unless you choose to skip the invalid rows.</source>
        <translation>Если в файле есть ошибки, данные не импортируются, пока не выбран пропуск строк с ошибками.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(not used)</source>
        <translation>(не использовать)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Choose an existing file.</source>
        <translation>Пожалуйста, выберите существующий файл.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file has rows with errors. Correct the file, or choose to import only the valid rows.</source>
        <translation>В файле есть строки с ошибками. Пожалуйста, исправьте файл или выберите импорт только корректных строк.</translation>
    </message>
</context>
<context>
    <name>metodist::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+57"/>
        <source>Metodist databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Metodist (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+123"/>
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
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
        <source>&amp;Order of assignment…</source>
        <translation>&amp;Очерёдность закрепления…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;rights in this registry…</source>
        <translation>Мои &amp;права в этом реестре…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Metodist</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database was upgraded; a copy of the old file is in %1.</source>
        <translation>База данных обновлена; копия прежнего файла сохранена в %L1.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <translation>Файл «%L1» уже существует; пожалуйста, выберите другое имя или откройте этот файл.</translation>
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
        <translation>Создана база данных %L1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+35"/>
        <source>New demonstration database</source>
        <translation>Новая демонстрационная база данных</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>metodist-demo.sqlite</source>
        <translation>metodist-demo.sqlite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file «%1» already exists; choose another name.</source>
        <translation>Файл «%L1» уже существует; пожалуйста, выберите другое имя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating a region of Kaliningrad&apos;s size…</source>
        <translation>Создание региона размером с Калининградскую область…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The address of the office&apos;s database on its PostgreSQL server,
postgresql://user@server:5432/database. The password is taken from
~/.pgpass (or the PGPASSWORD variable), never from the address.
An empty database gets a new registry.</source>
        <translation>Адрес базы данных учреждения на его сервере PostgreSQL:
postgresql://пользователь@сервер:5432/база. Пароль берётся из
~/.pgpass (или переменной PGPASSWORD), а не из адреса.
В пустой базе данных будет создан новый реестр.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected: %1.</source>
        <translation>Подключено: %L1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PostgreSQL copies (*.dump)</source>
        <translation>Копии PostgreSQL (*.dump)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>Резервная копия сохранена в файл %L1.</translation>
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
        <translation>Проблем не обнаружено. Версия схемы: %L1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found:
%1</source>
        <translation>Обнаружены проблемы:
%L1</translation>
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
        <translation>&lt;h3&gt;Методист %L1&lt;/h3&gt;&lt;p&gt;Реестр регионального методического актива, закрепление педагогов за региональными методистами, дорожные карты, индивидуальные образовательные маршруты и мониторинг методического сопровождения.&lt;/p&gt;&lt;p&gt;База данных: %L2&lt;br&gt;Версия схемы: %L3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What this role may do, and why</source>
        <translation>Что разрешено этой роли и почему</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My rights in this registry</source>
        <translation>Мои права в этом реестре</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 on the server</source>
        <translation>%L1 на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Metodist</source>
        <translation>%L1 — Методист</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Database: %1 (schema %2)</source>
        <translation>База данных: %L1 (схема %L2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database was changed by another program or window; the data shown is up to date again.</source>
        <translation>База данных изменена другой программой или окном; показанные данные обновлены.</translation>
    </message>
</context>
<context>
    <name>metodist::ManualValuesDialog</name>
    <message>
        <location filename="../ui/dialogs/ManualValuesDialog.cpp" line="+17"/>
        <location line="+148"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values entered by hand, %1</source>
        <translation>Значения, введённые вручную, %L1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where the figures come from: a survey, a report of the municipality…</source>
        <translation>Источник данных: анкетирование, отчёт муниципалитета…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>of</source>
        <translation>из</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerator and denominator</source>
        <translation>Числитель и знаменатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Values of academic year %1. The region&apos;s figure is the sum over the municipalities.</source>
        <translation>Значения за %L1 учебный год. Значение по региону — сумма значений по муниципалитетам.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entered values</source>
        <translation>Введённые значения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove value</source>
        <translation>Удаление значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the value of «%1» for %2?</source>
        <translation>Удалить значение показателя «%L1» для муниципалитета %L2?</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Numerator: %1. Denominator: %2.</source>
        <translation>Числитель: %L1. Знаменатель: %L2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database has no municipalities; add them in the dictionaries first.</source>
        <translation>В базе данных нет муниципалитетов; сначала добавьте их в справочники.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The denominator must be a positive number.</source>
        <translation>Знаменатель должен быть положительным числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numerator cannot exceed the denominator.</source>
        <translation>Числитель не может быть больше знаменателя.</translation>
    </message>
</context>
<context>
    <name>metodist::MonitoringPage</name>
    <message>
        <location filename="../ui/models/MonitoringModels.cpp" line="-89"/>
        <source>Assigned to a methodist</source>
        <translation>Закреплены за методистом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following a route</source>
        <translation>Реализуют ИОМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federal-registry PD</source>
        <translation>ПК из федерального реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teachers per methodist</source>
        <translation>Педагогов на одного методиста</translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../ui/pages/MonitoringPage.cpp" line="+82"/>
        <location line="+45"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 of %3
Double-click to see the list.</source>
        <translation>%L1: %L2 из %L3
Дважды щёлкните, чтобы открыть список.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../ui/pages/MonitoringPage.cpp" line="-57"/>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nter values…</source>
        <translation>&amp;Ввести значения…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form of employment</source>
        <translation>Форма работы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Count the indicators of the chosen year for the region or the municipality</source>
        <translation>Рассчитать показатели за выбранный учебный год по региону или по муниципалитету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures of surveys and reports that the program cannot count</source>
        <translation>Данные анкетирования и отчётов, которые программа не может рассчитать сама</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing… %p%</source>
        <translation>Расчёт… %p%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composition of the active</source>
        <translation>Состав актива</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+316"/>
        <source>By municipality</source>
        <translation>По муниципалитетам</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+60"/>
        <source>Choose the academic year and the municipality (or the whole region) and press «Compute».</source>
        <translation>Выберите учебный год и муниципалитет (или весь регион) и нажмите «Рассчитать».</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Double-click a figure to see the list behind it</source>
        <translation>Дважды щёлкните по значению, чтобы открыть список, по которому оно рассчитано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The database has changed since this report was computed. Press «Compute» to count again.</source>
        <translation>После расчёта отчёта база данных изменилась. Нажмите «Рассчитать», чтобы пересчитать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+300"/>
        <source>The whole region</source>
        <translation>Весь регион</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Computing the indicators of %1 for %2…</source>
        <translation>Расчёт показателей за %L1 учебный год: %L2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>the whole region</source>
        <translation>весь регион</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Computing the monitoring report…</source>
        <translation>Расчёт отчёта мониторинга…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing was cancelled; the report shown is the previous one.</source>
        <translation>Расчёт отменён; показан предыдущий отчёт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing was cancelled.</source>
        <translation>Расчёт отменён.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report shown is the previous one.</source>
        <translation>Показан предыдущий отчёт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The monitoring report is computed.</source>
        <translation>Отчёт мониторинга рассчитан.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Active methodists: %1.</source>
        <translation>Действующих методистов: %L1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Academic year %1, %2; computed at %3. Indicators not meeting their targets: %4. Double-click a figure to see the list behind it.</source>
        <translation>Учебный год %L1, %L2; рассчитано в %L3. Показателей, не достигших целевого значения: %L4. Дважды щёлкните по значению, чтобы открыть список, по которому оно рассчитано.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save as PNG/SVG…</source>
        <translation>Сохранить в PNG/SVG…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>By subject</source>
        <translation>По предметам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By employment</source>
        <translation>По форме работы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage by municipality</source>
        <translation>Охват по муниципалитетам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against targets</source>
        <translation>Сравнение с целевыми значениями</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The chart is saved to %1.</source>
        <translation>Диаграмма сохранена в файл %L1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compute the report first.</source>
        <translation>Сначала рассчитайте отчёт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON data (*.json)</source>
        <translation>Данные JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitoring %1.xlsx</source>
        <translation>Мониторинг %L1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the monitoring report</source>
        <translation>Экспорт отчёта мониторинга</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report is saved to %1.</source>
        <translation>Отчёт сохранён в файл %L1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>School not specified</source>
        <translation>Школа не указана</translation>
    </message>
</context>
<context>
    <name>metodist::NetworkPage</name>
    <message>
        <location filename="../ui/pages/NetworkPage.cpp" line="+70"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;units…</source>
        <translation>Импорт &amp;структур…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;members…</source>
        <translation>Импорт у&amp;частников…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport units…</source>
        <translation>Э&amp;кспорт структур…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export m&amp;embers…</source>
        <translation>Экспорт участ&amp;ников…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search by name, theme, host or head</source>
        <translation>Поиск по названию, теме, базовой организации или руководителю</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A CSV or Excel file with the columns Вид, Название, Муниципалитет (empty for a regional unit), Организация (the host school), Предмет, Тема, Руководитель, Примечание. A unit of the same kind and name in the municipality is updated.</source>
        <translation>Файл CSV или Excel со столбцами Вид, Название, Муниципалитет (пусто для региональной структуры), Организация (базовая школа), Предмет, Тема, Руководитель, Примечание. Структура того же вида и названия в муниципалитете обновляется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel file with a row per member: Объединение, Вид, Муниципалитет, then the teacher (СНИЛС or ФИО, or the columns Педагог (СНИЛС), Педагог (ФИО)) or the methodist (Методист (СНИЛС), Методист (ФИО)) and Роль (участник or руководитель); a row with only an Организация adds a covered school. Import the units first.</source>
        <translation>Файл CSV или Excel, по строке на участника: Объединение, Вид, Муниципалитет, затем педагог (СНИЛС или ФИО либо столбцы Педагог (СНИЛС), Педагог (ФИО)) или методист (Методист (СНИЛС), Методист (ФИО)) и Роль (участник или руководитель); строка только с Организацией добавляет охваченную школу. Сначала импортируйте структуры.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Муниципалитет:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Support network</source>
        <translation>Сеть поддержки</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All municipalities</source>
        <translation>Все муниципалитеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional units</source>
        <translation>Региональные структуры</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Units: %1, members: %2</source>
        <translation>Структур: %L1, участников: %L2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a unit to see its members and the schools it covers.</source>
        <translation>Выберите структуру, чтобы увидеть её участников и охваченные школы.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) chosen.</source>
        <translation>
            <numerusform>Выбрана %Ln структура.</numerusform>
            <numerusform>Выбраны %Ln структуры.</numerusform>
            <numerusform>Выбрано %Ln структур.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>regional</source>
        <translation>региональная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host: %1</source>
        <translation>базовая организация: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject: %1</source>
        <translation>предмет: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theme: %1</source>
        <translation>тема: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head: %1</source>
        <translation>руководитель: %L1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n school(s) covered</source>
        <translation>
            <numerusform>охвачена %Ln школа</numerusform>
            <numerusform>охвачены %Ln школы</numerusform>
            <numerusform>охвачено %Ln школ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Импортировано: новых — %L1, обновлено — %L2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support network members</source>
        <translation>Участники сети поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в файл %L1.</numerusform>
            <numerusform>Экспортированы %Ln строки в файл %L1.</numerusform>
            <numerusform>Экспортировано %Ln строк в файл %L1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The unit of the network is saved.</source>
        <translation>Структура сети сохранена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Delete units</source>
        <translation>Удаление структур</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>Delete %n selected unit(s) of the network with their members and covered schools? The teachers, methodists and schools stay in the registry.</source>
        <translation>
            <numerusform>Удалить %Ln выбранную структуру сети вместе с участниками и охваченными школами? Педагоги, методисты и школы останутся в реестре.</numerusform>
            <numerusform>Удалить %Ln выбранные структуры сети вместе с участниками и охваченными школами? Педагоги, методисты и школы останутся в реестре.</numerusform>
            <numerusform>Удалить %Ln выбранных структур сети вместе с участниками и охваченными школами? Педагоги, методисты и школы останутся в реестре.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metodist::NetworkUnitDialog</name>
    <message>
        <location filename="../ui/dialogs/NetworkUnitDialog.cpp" line="+55"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional unit</source>
        <translation>региональная структура</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add member</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+437"/>
        <source>Make &amp;head</source>
        <translation>Сделать &amp;руководителем</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>&amp;Remove member</source>
        <translation>&amp;Убрать участника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;school</source>
        <translation>Добавить &amp;школу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove s&amp;chool</source>
        <translation>Убрать ш&amp;колу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New unit of the network</source>
        <translation>Новая структура сети</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit of the network</source>
        <translation>Структура сети</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>for internship sites: «Наставничество», …</source>
        <translation>для стажировочных площадок: «Наставничество», …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the head is not among the members</source>
        <translation>если руководителя нет среди участников</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind*</source>
        <translation>Вид*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host organisation</source>
        <translation>Базовая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+398"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Head (as written)</source>
        <translation>Руководитель (как записан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+398"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Find a teacher or a methodist by name or СНИЛС</source>
        <translation>Найти педагога или методиста по ФИО или СНИЛС</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find a school of the region by name</source>
        <translation>Найти школу региона по названию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Covered schools</source>
        <translation>Охваченные школы</translation>
    </message>
    <message>
        <location line="+196"/>
        <location line="+117"/>
        <source>methodist</source>
        <translation>методист</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>teacher</source>
        <translation>педагог</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Nobody found.</source>
        <translation>Никто не найден.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already a member.</source>
        <translation>%L1 уже участник.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No school found.</source>
        <translation>Школа не найдена.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (head)</source>
        <translation>%L1 (руководитель)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not the &amp;head</source>
        <translation>Не &amp;руководитель</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the kind of the unit.</source>
        <translation>Выберите вид структуры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the unit.</source>
        <translation>Введите название структуры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the unit</source>
        <translation>Название структуры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the host organisation from the list (schools of the unit&apos;s municipality).</source>
        <translation>Выберите базовую организацию из списка (школы муниципалитета структуры).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A unit of this kind and name is already in the network in this municipality.</source>
        <translation>Структура этого вида с таким названием в этом муниципалитете уже есть в сети.</translation>
    </message>
</context>
<context>
    <name>metodist::OptionalDate</name>
    <message>
        <location filename="../ui/dialogs/CalendarStart.h" line="+24"/>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>metodist::OrderDialog</name>
    <message>
        <location filename="../ui/dialogs/OrderDialog.cpp" line="+49"/>
        <source>New order</source>
        <translation>Новый приказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 125-о</source>
        <translation>например, 125-о</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One item per line; numbers are added when the order is printed.</source>
        <translation>По одному пункту в строке; номера пунктов добавляются при печати приказа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All assignments of the year without an order</source>
        <translation>Все закрепления учебного года без приказа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of</source>
        <translation>от</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number*</source>
        <translation>Номер*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписывающего лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписывающее лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Закрепления</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Assignments of the automatic planning run № %1</source>
        <translation>Закрепления по автоматическому расчёту плана № %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignments of the methodist %1</source>
        <translation>Закрепления методиста %L1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There are no assignments without an order in this selection.</source>
        <translation>В этой выборке нет закреплений без приказа.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The order will enact %n assignment(s).</source>
        <translation>
            <numerusform>Приказом будет оформлено %Ln закрепление.</numerusform>
            <numerusform>Приказом будут оформлены %Ln закрепления.</numerusform>
            <numerusform>Приказом будет оформлено %Ln закреплений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the number of the order.</source>
        <translation>Укажите номер приказа.</translation>
    </message>
</context>
<context>
    <name>metodist::OrderSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/OrderSettingsDialog.cpp" line="+30"/>
        <source>Order settings</source>
        <translation>Параметры приказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full name of the institute, as on its letterhead</source>
        <translation>полное наименование учреждения, как на бланке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. г. Калининград</source>
        <translation>например, г. Калининград</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. И. О. Фамилия</source>
        <translation>например, И. О. Фамилия</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>слева</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>справа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>top</source>
        <translation>сверху</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bottom</source>
        <translation>снизу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место издания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписывающего лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписывающее лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix table font size</source>
        <translation>Размер шрифта таблицы приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>Поля</translation>
    </message>
</context>
<context>
    <name>metodist::OrdersPanel</name>
    <message>
        <location filename="../ui/pages/OrdersPanel.cpp" line="+34"/>
        <source>There are no orders yet. An order of assignment is made from the assignments of an academic year: assign teachers (by hand or with «Automatic assignment…»), then press «New order…», give the year, the number and the date; every current assignment without an order goes into it, with the list of teachers as its appendix. The institution&apos;s name, the heading and the signatures are set once in «Order settings…».</source>
        <translation>Приказов пока нет. Приказ о закреплении составляется по закреплениям учебного года: закрепите педагогов (вручную или кнопкой «Автоматическое закрепление…»), затем нажмите «Новый приказ…» и укажите год, номер и дату; в приказ войдут все действующие закрепления без приказа, а список педагогов станет приложением к нему. Название учреждения, шапка и подписи задаются один раз в «Параметры приказа…».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New order…</source>
        <translation>&amp;Новый приказ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print preview…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order se&amp;ttings…</source>
        <translation>П&amp;араметры приказа…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 of %2</source>
        <translation>Приказ %L1 от %L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Save the order</source>
        <translation>Сохранение приказа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order is saved to %1.</source>
        <translation>Приказ сохранён в файл %L1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1</source>
        <translation>Приказ %L1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Delete the order</source>
        <translation>Удаление приказа</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete order № %1 of %2? Its %3 assignments stay, without an order.</source>
        <translation>Удалить приказ № %L1 от %L2? Закрепления по нему (%L3) сохранятся без приказа.</translation>
    </message>
</context>
<context>
    <name>metodist::OrganisationModel</name>
    <message>
        <location filename="../ui/models/OrganisationModel.cpp" line="+85"/>
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
    <message>
        <location line="+2"/>
        <source>«Кванториум»</source>
        <translation>«Кванториум»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«IT-куб»</source>
        <translation>«IT-куб»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentoring model</source>
        <translation>Целевая модель наставничества</translation>
    </message>
</context>
<context>
    <name>metodist::PersonDialog</name>
    <message>
        <location filename="../ui/dialogs/PersonDialog.cpp" line="+62"/>
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
        <location line="+59"/>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="-55"/>
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
        <location line="+3"/>
        <source>given on</source>
        <translation>присвоена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualification category</source>
        <translation>Квалификационная категория</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+4"/>
        <source>Membership of the РМА</source>
        <translation>Участие в РМА</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+7 4012 00-00-00</source>
        <translation>+7 4012 00-00-00</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Joined</source>
        <translation>Включён(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Вышел(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leaving</source>
        <translation>Причина выхода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (staff)</source>
        <translation>Ставка (штатный)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level of competence</source>
        <translation>Уровень компетенций</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on</source>
        <translation>от</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied for the category</source>
        <translation>Заявлена категория</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of changes…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location line="+16"/>
        <source>Does not meet the requirements of the regional methodical active: %1. The methodist can be saved with this warning.</source>
        <translation>Не соответствует требованиям к региональному методическому активу: %L1. Методиста можно сохранить с этим предупреждением.</translation>
    </message>
</context>
<context>
    <name>metodist::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="+75"/>
        <source>Also methodists who do not meet the requirements of the regional methodical active</source>
        <translation>Также методисты, не отвечающие требованиям к региональному методическому активу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of assignment…</source>
        <translation>Очерёдность закрепления…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Then draw up an order for the assignments made</source>
        <translation>Затем оформить приказ по выполненным закреплениям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic assignment for %1</source>
        <translation>Автоматическое закрепление на %L1 учебный год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any support category</source>
        <translation>Любая категория сопровождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All municipalities</source>
        <translation>Все муниципалитеты</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Support category</source>
        <translation>Категория сопровождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Methodists</source>
        <translation>Методисты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned from</source>
        <translation>Дата закрепления</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Teachers left without a methodist</source>
        <translation>Педагоги, оставшиеся без методиста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority categories</source>
        <translation>Приоритетные категории</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load of the methodists</source>
        <translation>Нагрузка методистов</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Methodists left out</source>
        <translation>Не участвующие методисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whom to plan for and press Compute. Nothing is written until you press Apply.</source>
        <translation>Выберите, для кого выполнить расчёт, и нажмите кнопку Рассчитать. Изменения записываются только после нажатия кнопки Применить.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing the plan…</source>
        <translation>Расчёт плана…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Computing was cancelled; press Compute to start again.</source>
        <translation>Расчёт отменён; чтобы начать заново, нажмите «Рассчитать».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan could not be computed.</source>
        <translation>Рассчитать план не удалось.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Teachers without a methodist: &lt;b&gt;%1&lt;/b&gt;. Will be assigned: &lt;b&gt;%2&lt;/b&gt;, of them in their own municipality: &lt;b&gt;%3&lt;/b&gt;. Left without a methodist: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>Педагогов без методиста: &lt;b&gt;%L1&lt;/b&gt;. Будут закреплены: &lt;b&gt;%L2&lt;/b&gt;, из них в своём муниципалитете: &lt;b&gt;%L3&lt;/b&gt;. Останутся без методиста: &lt;b&gt;%L4&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Methodists left out: %1</source>
        <translation>Не участвующие методисты: %L1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the assignments…</source>
        <translation>Запись закреплений…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing was cancelled; nothing was written.</source>
        <translation>Запись отменена; ничего не записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assignments could not be written.</source>
        <translation>Записать закрепления не удалось.</translation>
    </message>
</context>
<context>
    <name>metodist::PriorityDialog</name>
    <message>
        <location filename="../ui/dialogs/PriorityDialog.cpp" line="+29"/>
        <source>&amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join with the rank above</source>
        <translation>&amp;Объединить с рангом выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split</source>
        <translation>&amp;Разделить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add as the last rank</source>
        <translation>&amp;Добавить последним рангом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of assignment</source>
        <translation>Очерёдность закрепления</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When capacity is short, the automatic plan first covers the teachers of the first rank, then of the second, and so on; a teacher belongs to the first rank that holds any of her categories. One row is one rank.</source>
        <translation>При нехватке мест автоматический план сначала охватывает педагогов первого ранга, затем второго и так далее; педагог относится к первому рангу, в котором есть хотя бы одна из его категорий. Одна строка — один ранг.</translation>
    </message>
</context>
<context>
    <name>metodist::RegistryModel</name>
    <message>
        <location filename="../ui/models/RegistryModel.cpp" line="+124"/>
        <source>Sorting by «%1» is available when the filters leave at most %2 rows; now they leave %3. Choose a municipality, an organisation or a subject, or sort by name, СНИЛС or experience.</source>
        <translation>Сортировка по столбцу «%L1» доступна, когда после фильтров остаётся не больше %L2 строк; сейчас их %L3. Выберите муниципалитет, организацию или предмет либо сортируйте по ФИО, СНИЛС или стажу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %1</source>
        <translation>более %L1</translation>
    </message>
</context>
<context>
    <name>metodist::RegistryPage</name>
    <message>
        <location filename="../ui/pages/RegistryPage.cpp" line="+51"/>
        <location line="+107"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name: part of a surname, name or patronymic</source>
        <translation>Поиск по ФИО: часть фамилии, имени или отчества</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+16"/>
        <source>Assign to &amp;methodist…</source>
        <translation>Закрепить за &amp;методистом…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History of changes…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teachers…</source>
        <translation>Педагоги…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ПК courses…</source>
        <translation>Курсы повышения квалификации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their diagnostics results…</source>
        <translation>Результаты диагностики…</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+26"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Found: more than %1</source>
        <translation>Найдено: более %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found: %1</source>
        <translation>Найдено: %L1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 loaded; the rest load as you scroll)</source>
        <translation>(загружено %L1, остальные подгружаются при прокрутке)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Delete %n selected record(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %Ln выбранную запись? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %Ln выбранные записи? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %Ln выбранных записей? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted: %1</source>
        <translation>Записи не удалены: %L1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted: %1.</source>
        <translation>Удалено записей: %L1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigned to the methodist: %1.</source>
        <translation>Закреплено за методистом: %L1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Импортировано: новых — %L1, обновлено — %L2.</translation>
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
        <translation>Экспортировано строк: %L1; файл: %L2.</translation>
    </message>
</context>
<context>
    <name>metodist::RoadmapPage</name>
    <message>
        <location filename="../ui/pages/RoadmapPage.cpp" line="+103"/>
        <source>&amp;Create roadmap…</source>
        <translation>&amp;Создать дорожную карту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline…</source>
        <translation>&amp;График…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pla&amp;n dates…</source>
        <translation>За&amp;планировать сроки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle &amp;done</source>
        <translation>&amp;Отметить выполнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The dates the selected stage is planned for</source>
        <translation>Плановые сроки выбранного этапа</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Activities of the stage</source>
        <translation>Мероприятия этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summing up</source>
        <translation>Подведение итогов</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No roadmaps in %1 yet.</source>
        <translation>Дорожных карт за %L1 пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a roadmap to see its stages.</source>
        <translation>Выберите дорожную карту, чтобы увидеть её этапы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmap of %1, %2</source>
        <translation>Дорожная карта: %L1, %L2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a stage to see its activities.</source>
        <translation>Выберите этап, чтобы увидеть его мероприятия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities of stage %1: %2</source>
        <translation>Мероприятия этапа %L1: %L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(overdue: %1)</source>
        <translation>(просрочено: %L1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the figures of the year are on the «Summing up» tab)</source>
        <translation>(итоговые показатели года — на вкладке «Подведение итогов»)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Roadmap created for %1.</source>
        <translation>Дорожная карта создана: %L1.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (%n teacher(s))</source>
        <translation>
            <numerusform>%L1 (%Ln педагог)</numerusform>
            <numerusform>%L1 (%Ln педагога)</numerusform>
            <numerusform>%L1 (%Ln педагогов)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every active methodist already has a roadmap for %1.</source>
        <translation>У всех действующих методистов уже есть дорожная карта на %L1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create roadmap</source>
        <translation>Создание дорожной карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodist without a roadmap for %1:</source>
        <translation>Методист без дорожной карты на %L1:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Planned dates of stage %1</source>
        <translation>Плановые сроки этапа %L1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not set</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stage cannot end before it starts.</source>
        <translation>Этап не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The planned dates of stage %1 are cleared.</source>
        <translation>Плановые сроки этапа %L1 удалены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage %1 planned: %2.</source>
        <translation>Сроки этапа %L1 запланированы: %L2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close stage %1</source>
        <translation>Закрытие этапа %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities not done: %1. Why is the stage closed anyway?</source>
        <translation>Не выполнено мероприятий: %L1. Почему этап всё же закрывается?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage %1 closed.</source>
        <translation>Этап %L1 закрыт.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New activity of stage %1</source>
        <translation>Новое мероприятие этапа %L1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity of stage %1</source>
        <translation>Мероприятие этапа %L1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete activity</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete «%1»?</source>
        <translation>Удалить «%L1»?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline of the roadmap: %1, %2</source>
        <translation>График дорожной карты: %L1, %L2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save roadmap as PDF</source>
        <translation>Сохранить дорожную карту в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap %1 %2.pdf</source>
        <translation>Дорожная карта %L1 %L2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roadmap saved to %1.</source>
        <translation>Дорожная карта сохранена в файл %L1.</translation>
    </message>
</context>
<context>
    <name>metodist::RoadmapSummaryPanel</name>
    <message>
        <location filename="../ui/pages/RoadmapSummaryPanel.cpp" line="+37"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%L1 из %L2 (%L3 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%L1 из %L2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sa&amp;ve conclusion</source>
        <translation>Со&amp;хранить вывод</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coverage of the assigned teachers by done activities</source>
        <translation>Охват закреплённых педагогов выполненными мероприятиями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities done of those planned</source>
        <translation>Выполнено мероприятий из запланированных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual routes completed</source>
        <translation>Завершено индивидуальных маршрутов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The assigned teachers, covered and not covered, with the done activities they took part in</source>
        <translation>Закреплённые педагоги, охваченные и не охваченные, и выполненные мероприятия, в которых они участвовали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every activity of the roadmap with its stage, done or open</source>
        <translation>Все мероприятия дорожной карты с указанием этапа, выполненные и невыполненные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routes of the assigned teachers with their progress</source>
        <translation>Маршруты закреплённых педагогов и ход их выполнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not drawn yet</source>
        <translation>Ещё не сделан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial success</source>
        <translation>Частично успешно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure</source>
        <translation>Неуспешно</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plans for the next academic year</source>
        <translation>Планы на следующий учебный год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plans for the next &amp;year</source>
        <translation>Планы на сл&amp;едующий год</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Choose a roadmap to sum up its year.</source>
        <translation>Выберите дорожную карту, чтобы подвести итоги года.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summing up the year %1 of %2: the figures are counted from the activities and routes; «Show…» lists what is behind each.</source>
        <translation>Подведение итогов %L1 учебного года, методист %L2: показатели рассчитаны по мероприятиям и маршрутам; кнопка «Показать…» открывает список, по которому рассчитан каждый из них.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Conclusion saved.</source>
        <translation>Вывод сохранён.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Coverage of the assigned teachers: %1</source>
        <translation>Охват закреплённых педагогов: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A teacher assigned to %1 in %2 counts as covered when they took part in at least one done activity of the roadmap. Covered: %3; not covered: %4.</source>
        <translation>Педагог, закреплённый за методистом %L1 в %L2 учебном году, считается охваченным, если он участвовал хотя бы в одном выполненном мероприятии дорожной карты. Охвачено: %L3; не охвачено: %L4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Covered</source>
        <translation>Охвачен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done activities with the teacher</source>
        <translation>Выполненные мероприятия с участием педагога</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>covered</source>
        <translation>охвачен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not covered</source>
        <translation>не охвачен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities done: %1</source>
        <translation>Выполнено мероприятий: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every activity of the roadmap&apos;s seven stages, numbered stage.activity as on the page. Done: %1; not done: %2.</source>
        <translation>Все мероприятия семи этапов дорожной карты, пронумерованные так же, как на странице: номер этапа и номер мероприятия через точку. Выполнено: %L1; не выполнено: %L2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individual routes completed: %1</source>
        <translation>Завершено индивидуальных маршрутов: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routes of the teachers assigned to %1 in %2. A route is completed when every item that is not cancelled is done. Completed: %3; not completed: %4.</source>
        <translation>Маршруты педагогов, закреплённых за методистом %L1 в %L2 учебном году. Маршрут считается завершённым, если выполнены все его элементы, кроме отменённых. Завершено: %L3; не завершено: %L4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 items done (%3 %)</source>
        <translation>Выполнено %L1 из %L2 элементов (%L3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no items</source>
        <translation>нет элементов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not completed</source>
        <translation>не завершён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to list yet.</source>
        <translation>Список пока пуст.</translation>
    </message>
</context>
<context>
    <name>metodist::RouteDraftDialog</name>
    <message>
        <location filename="../ui/dialogs/RouteDraftDialog.cpp" line="+27"/>
        <source>Route from diagnostics, %1</source>
        <translation>Маршрут по результатам диагностики, %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>СНИЛС or a part of the teacher&apos;s name</source>
        <translation>СНИЛС или часть ФИО педагога</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Create route</source>
        <translation>&amp;Создать маршрут</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested items (untick what the route should not have)</source>
        <translation>Предлагаемые элементы (снимите отметку с тех, которые не нужны в маршруте)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No teacher found.</source>
        <translation>Педагог не найден.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Level: %1. Deficits: %2.</source>
        <translation>Уровень: %L1. Дефициты: %L2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not diagnosed</source>
        <translation>диагностика не проводилась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to suggest: no diagnostics or catalogue entries for the teacher.</source>
        <translation>Предложить нечего: для педагога нет результатов диагностики и позиций каталога.</translation>
    </message>
</context>
<context>
    <name>metodist::RouteItemDialog</name>
    <message>
        <location filename="../ui/dialogs/RouteItemDialog.cpp" line="+79"/>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The programme is in the federal registry</source>
        <translation>Программа входит в федеральный реестр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Route item</source>
        <translation>Элемент маршрута</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not tied to one deficit</source>
        <translation>не связан с конкретным дефицитом</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none; type a part of the name to find one</source>
        <translation>нет; введите часть названия, чтобы найти организацию</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2), internship site</source>
        <translation>%L1 (%L2), стажировочная площадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%L1 (%L2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1, %2</source>
        <translation>%L1, %L2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No dates</source>
        <translation>Без сроков</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind*</source>
        <translation>Вид*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutor</source>
        <translation>Тьютор</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>#%1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no organisation «%1»: choose one from the list or leave the field empty.</source>
        <translation>Организация «%L1» не найдена. Выберите организацию из списка или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>metodist::RoutesPage</name>
    <message>
        <location filename="../ui/pages/RoutesPage.cpp" line="+89"/>
        <source>Set &amp;status</source>
        <translation>Установить &amp;статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add item…</source>
        <translation>Добавить &amp;элемент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it item…</source>
        <translation>&amp;Изменить элемент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Удалить элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create from diagnostics…</source>
        <translation>Создать по &amp;диагностике…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;empty route…</source>
        <translation>Создать &amp;пустой маршрут…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>All municipalities</source>
        <translation>Все муниципалитеты</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+143"/>
        <source>All tutors</source>
        <translation>Все тьюторы</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>All routes</source>
        <translation>Все маршруты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not completed</source>
        <translation>Незавершённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A route is completed when every item that is not cancelled is done.</source>
        <translation>Маршрут считается завершённым, если выполнены все его элементы, кроме отменённых.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher&apos;s name</source>
        <translation>ФИО педагога</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A route suggested from the deficits of the teacher&apos;s latest diagnostics</source>
        <translation>Маршрут, предложенный по дефицитам, выявленным при последней диагностике педагога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A route without items, for a teacher without diagnostics or to build by hand</source>
        <translation>Маршрут без элементов — для педагога, не прошедшего диагностику, или для составления вручную</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Муниципалитет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tutor</source>
        <translation>&amp;Тьютор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Routes: %1</source>
        <translation>Маршрутов: %L1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Route of %1, %2: %n item(s)</source>
        <translation>
            <numerusform>Маршрут (%L1, %L2): %Ln элемент</numerusform>
            <numerusform>Маршрут (%L1, %L2): %Ln элемента</numerusform>
            <numerusform>Маршрут (%L1, %L2): %Ln элементов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routes match the filters. A route is created from a teacher&apos;s diagnostics or empty, to be built by hand.</source>
        <translation>Нет маршрутов, соответствующих условиям отбора. Маршрут создаётся по результатам диагностики педагога или пустым, чтобы составить его вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a route to see its items.</source>
        <translation>Выберите маршрут, чтобы увидеть его элементы.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Route created with %n item(s).</source>
        <translation>
            <numerusform>Маршрут создан: %Ln элемент.</numerusform>
            <numerusform>Маршрут создан: %Ln элемента.</numerusform>
            <numerusform>Маршрут создан: %Ln элементов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty route, %1</source>
        <translation>Пустой маршрут, %L1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>СНИЛС or a part of the teacher&apos;s name</source>
        <translation>СНИЛС или часть ФИО педагога</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Create route</source>
        <translation>&amp;Создать маршрут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route is created without items; its tutor is the teacher&apos;s methodist in %1. Add the items with «Add item…».</source>
        <translation>Маршрут создаётся без элементов; его тьютором становится методист, за которым педагог закреплён в %L1 учебном году. Добавьте элементы кнопкой «Добавить элемент…».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Teacher</source>
        <translation>&amp;Педагог</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No teacher found.</source>
        <translation>Педагог не найден.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Empty route created: add its items with «Add item…».</source>
        <translation>Пустой маршрут создан. Добавьте элементы кнопкой «Добавить элемент…».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New item of the route of %1</source>
        <translation>Новый элемент маршрута: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item of the route of %1</source>
        <translation>Элемент маршрута: %L1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Item added to the route of %1.</source>
        <translation>Элемент добавлен в маршрут: %L1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item of the route of %1 saved.</source>
        <translation>Элемент маршрута сохранён: %L1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete route item</source>
        <translation>Удаление элемента маршрута</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete «%1» from the route?</source>
        <translation>Удалить «%L1» из маршрута?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save route as PDF</source>
        <translation>Сохранить маршрут в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route %1 %2.pdf</source>
        <translation>Маршрут %L1 %L2.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route saved to %1.</source>
        <translation>Маршрут сохранён в файл %L1.</translation>
    </message>
</context>
<context>
    <name>metodist::UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="+27"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the &amp;registry</source>
        <translation>&amp;Исключить из реестра</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+112"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users and roles belong to a shared registry on a PostgreSQL server (File → Connect to a server…). A file on this computer is one person&apos;s.</source>
        <translation>Пользователи и роли есть только в общем реестре на сервере PostgreSQL (Файл → Подключиться к серверу…). Файл на этом компьютере принадлежит одному человеку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who works in this registry and in what role. The server checks every read and change against the role. Passwords are the server&apos;s: its administrator sets them (psql&apos;s \password); the program never stores one.</source>
        <translation>Кто работает в этом реестре и в какой роли. Сервер проверяет каждое чтение и изменение на соответствие роли. Паролями распоряжается сервер: их задаёт его администратор (\password в psql); программа паролей не хранит.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(cannot log in)</source>
        <translation>(вход запрещён)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+25"/>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Login on the server</source>
        <translation>Логин на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case Latin letters, digits and «_». A login the server already has keeps its password; a new one gets its password from the server&apos;s administrator.</source>
        <translation>Строчные латинские буквы, цифры и «_». Логин, который уже есть на сервере, сохраняет свой пароль; новому логину пароль задаёт администратор сервера.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Role of «%1»</source>
        <translation>Роль пользователя «%L1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«%1» is now %2 in this registry.</source>
        <translation>Теперь роль пользователя «%L1» в этом реестре: %L2.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Change role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Remove from the registry</source>
        <translation>Исключение из реестра</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Take the role in this registry away from «%1»? The login stays on the server.</source>
        <translation>Отозвать роль пользователя «%L1» в этом реестре? Логин на сервере останется.</translation>
    </message>
</context>
<context>
    <name>metodist::ValueMappingPage</name>
    <message>
        <location filename="../ui/dialogs/ValueMappingPage.cpp" line="+30"/>
        <source>Value mapping</source>
        <translation>Сопоставление значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values of the file are not in the dictionaries. Say what each one means: the choice is remembered as an alias of the entry, and the next file with the same values is imported without this step.</source>
        <translation>Этих значений файла нет в справочниках. Укажите, что означает каждое: выбор запомнится как псевдоним записи, и следующий файл с теми же значениями будет импортирован без этого шага.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dictionary</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Значение в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Means the entry</source>
        <translation>Означает запись</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Column «%1» of the file</source>
        <translation>Столбец файла «%L1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— leave unmapped —</source>
        <translation>— не сопоставлять —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— add to the dictionary —</source>
        <translation>— добавить в справочник —</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n distinct value(s) in %1 row(s); a likely entry is chosen for %2 of them — check each before going on. Values left unmapped stay errors of their rows.</source>
        <translation>
            <numerusform>%Ln различное значение в %L1 строках; для %L2 из них выбрана вероятная запись — проверьте каждую, прежде чем продолжить. Несопоставленные значения останутся ошибками своих строк.</numerusform>
            <numerusform>%Ln различных значения в %L1 строках; для %L2 из них выбрана вероятная запись — проверьте каждую, прежде чем продолжить. Несопоставленные значения останутся ошибками своих строк.</numerusform>
            <numerusform>%Ln различных значений в %L1 строках; для %L2 из них выбрана вероятная запись — проверьте каждую, прежде чем продолжить. Несопоставленные значения останутся ошибками своих строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>metodist::WorkLogEntryDialog</name>
    <message>
        <location filename="../ui/dialogs/WorkLogEntryDialog.cpp" line="+44"/>
        <source>Choose a methodist</source>
        <translation>Выберите методиста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a teacher</source>
        <translation>Выберите педагога</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of work</source>
        <translation>Выберите вид работы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work log entry</source>
        <translation>Запись журнала работы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done and what came of it</source>
        <translation>Что сделано и каков результат</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Methodist*</source>
        <translation>Методист*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date*</source>
        <translation>Дата*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher*</source>
        <translation>Педагог*</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of work*</source>
        <translation>Вид работы*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (inactive)</source>
        <translation>%L1 (неактивен)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No teachers are assigned to this methodist in %1.</source>
        <translation>За этим методистом в %L1 учебном году не закреплены педагоги.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not assigned in %2)</source>
        <translation>%L1 (нет закрепления в %L2 учебном году)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There are no active methodists in the registry.</source>
        <translation>В реестре нет действующих методистов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the methodist.</source>
        <translation>Выберите методиста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a methodist with teachers in this academic year, or another date.</source>
        <translation>Выберите методиста, за которым в этом учебном году закреплены педагоги, или другую дату.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the teacher.</source>
        <translation>Выберите педагога.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of work.</source>
        <translation>Выберите вид работы.</translation>
    </message>
</context>
<context>
    <name>metodist::WorkLogPage</name>
    <message>
        <location filename="../ui/pages/WorkLogPage.cpp" line="+77"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other dates</source>
        <translation>Другой период</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saves the entries listed, as the filter above chooses them.</source>
        <translation>Сохраняет записи, показанные в списке согласно фильтру выше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds entries from a CSV file with the columns %1; with any error nothing is added.</source>
        <translation>Добавляет записи из файла CSV со столбцами %L1; при любой ошибке ни одна запись не добавляется.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methodist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>By kind of work</source>
        <translation>По видам работы</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Work log</source>
        <translation>Журнал работы</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All methodists</source>
        <translation>Все методисты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds of work</source>
        <translation>Все виды работы</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The period ends before it starts.</source>
        <translation>Окончание периода раньше его начала.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a database to see the work log.</source>
        <translation>Откройте базу данных, чтобы увидеть журнал работы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries for this filter.</source>
        <translation>Нет записей, соответствующих фильтру.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n teacher(s)</source>
        <translation>
            <numerusform>%Ln педагог</numerusform>
            <numerusform>%Ln педагога</numerusform>
            <numerusform>%Ln педагогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n methodist(s)</source>
        <translation>
            <numerusform>%Ln методист</numerusform>
            <numerusform>%Ln методиста</numerusform>
            <numerusform>%Ln методистов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h in total</source>
        <translation>всего %L1 ч</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without duration</source>
        <translation>
            <numerusform>%Ln запись без продолжительности</numerusform>
            <numerusform>%Ln записи без продолжительности</numerusform>
            <numerusform>%Ln записей без продолжительности</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New work log entry</source>
        <translation>Новая запись журнала работы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The entry is saved; the filter above does not show it.</source>
        <translation>Запись сохранена, но не соответствует фильтру выше и поэтому не показана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry added.</source>
        <translation>Запись добавлена.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete entry</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the entry of %1 about %2: «%3», %4?</source>
        <translation>Удалить запись: методист %L1, педагог %L2, «%L3», %L4?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry deleted.</source>
        <translation>Запись удалена.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+32"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Importing the work log…</source>
        <translation>Импорт журнала работы…</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+16"/>
        <source>Import the work log</source>
        <translation>Импорт журнала работы</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>Импортирована %Ln запись.</numerusform>
            <numerusform>Импортированы %Ln записи.</numerusform>
            <numerusform>Импортировано %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Work log %1–%2.csv</source>
        <translation>Журнал работы %L1–%L2.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the work log</source>
        <translation>Экспорт журнала работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entry(ies) saved to %1.</source>
        <translation>
            <numerusform>%Ln запись сохранена в файл %L1.</numerusform>
            <numerusform>%Ln записи сохранены в файл %L1.</numerusform>
            <numerusform>%Ln записей сохранено в файл %L1.</numerusform>
        </translation>
    </message>
</context>
</TS>
