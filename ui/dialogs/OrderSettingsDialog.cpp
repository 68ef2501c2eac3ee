#include "dialogs/OrderSettingsDialog.h"

#include "services/OrderService.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace metodist {

OrderSettingsDialog::OrderSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_institution(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_signatory(new QLineEdit(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_tableFontSize(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Order settings"));
    m_institution->setObjectName(QStringLiteral("institution"));
    m_institution->setPlaceholderText(tr("the full name of the institute, as on its letterhead"));
    m_place->setPlaceholderText(tr("e.g. г. Калининград"));
    m_signatory->setPlaceholderText(tr("e.g. И. О. Фамилия"));
    // The spin boxes allow a little more than the rules so that the inline
    // message, not a silently clamped value, tells the user the bounds.
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(8, 18);
    m_fontSize->setSuffix(tr(" pt"));
    m_tableFontSize->setRange(8, 18);
    m_tableFontSize->setSuffix(tr(" pt"));
    auto *margins = new QGridLayout;
    const QString marginNames[] = {tr("left"), tr("right"), tr("top"), tr("bottom")};
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(this);
        m_margins[i]->setRange(0, 100);
        m_margins[i]->setDecimals(1);
        m_margins[i]->setSuffix(tr(" mm"));
        margins->addWidget(new QLabel(marginNames[i], this), i / 2, (i % 2) * 2);
        margins->addWidget(m_margins[i], i / 2, (i % 2) * 2 + 1);
        connect(m_margins[i], &QDoubleSpinBox::valueChanged, this, &OrderSettingsDialog::validate);
    }
    margins->setColumnStretch(4, 1);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Institution"), m_institution);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Signatory's position"), m_position);
    form->addRow(tr("Signatory"), m_signatory);
    form->addRow(tr("Font"), m_font);
    form->addRow(tr("Font size"), m_fontSize);
    form->addRow(tr("Appendix table font size"), m_tableFontSize);
    form->addRow(tr("Margins"), margins);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(720, sizeHint().height()); // an institution's full name, as on the letterhead, is long

    auto settings = OrderService(m_db).settings();
    const OrderSettings s = settings ? settings.value() : OrderSettings();
    if (!settings)
        m_problem->setText(settings.message());
    m_institution->setText(s.institution);
    m_place->setText(s.place);
    m_position->setText(s.signatoryPosition);
    m_signatory->setText(s.signatoryName);
    // A font this computer lacks (Times New Roman on Linux) is kept as it
    // is: the combo would show a substitute, and saving that would change the
    // font of every order printed elsewhere.
    m_fontFamily = s.layout.fontFamily;
    m_font->setCurrentFont(QFont(m_fontFamily));
    if (m_font->currentFont().family() != m_fontFamily)
        m_font->setEditText(m_fontFamily);
    m_fontSize->setValue(s.layout.fontSize);
    m_tableFontSize->setValue(s.layout.tableFontSize);
    const double values[] = {s.layout.marginLeftMm, s.layout.marginRightMm, s.layout.marginTopMm,
                             s.layout.marginBottomMm};
    for (int i = 0; i < 4; ++i)
        m_margins[i]->setValue(values[i]);

    connect(m_font, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        m_fontFamily = font.family();
        validate();
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, &OrderSettingsDialog::validate);
    connect(m_tableFontSize, &QSpinBox::valueChanged, this, &OrderSettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (settings)
        validate();
}

OrderLayout OrderSettingsDialog::layout() const
{
    OrderLayout layout;
    layout.fontFamily = m_fontFamily;
    layout.fontSize = m_fontSize->value();
    layout.tableFontSize = m_tableFontSize->value();
    layout.marginLeftMm = m_margins[0]->value();
    layout.marginRightMm = m_margins[1]->value();
    layout.marginTopMm = m_margins[2]->value();
    layout.marginBottomMm = m_margins[3]->value();
    return layout;
}

void OrderSettingsDialog::validate()
{
    const QString problem = OrderService::layoutProblem(layout());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void OrderSettingsDialog::accept()
{
    OrderSettings s;
    s.institution = m_institution->text();
    s.place = m_place->text();
    s.signatoryPosition = m_position->text();
    s.signatoryName = m_signatory->text();
    s.layout = layout();
    if (Status saved = OrderService(m_db).saveSettings(s); !saved) {
        m_problem->setText(saved.message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace metodist
