#include "rule_sets_page.h"

#include "error_text.h"
#include "labels.h"
#include "prompts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hukou::ui {

RuleSetsPage::RuleSetsPage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_service(session.workspace)
{
    setObjectName(QStringLiteral("page_rule_sets"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* import = new QPushButton(tr("&Import a rule set…"), this);
    import->setObjectName(QStringLiteral("importRuleSetButton"));
    bar->addWidget(noteLabel(tr("A rule set used for a ranking is frozen: importing it again makes its next version, "
                                "and the published lists keep the version they were ranked under."),
                             this),
                   1);
    bar->addWidget(import);
    layout->addLayout(bar);
    m_message = errorLabel(QStringLiteral("ruleSetsMessage"), this);
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 9, split);
    m_table->setObjectName(QStringLiteral("ruleSetsTable"));
    m_table->setHorizontalHeaderLabels({tr("Rule set"), tr("Round"), tr("Title"), tr("Version"), tr("State"),
                                        tr("Threshold"), tr("Quota"), tr("Imported by"), tr("Imported on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_json = new QPlainTextEdit(split);
    m_json->setObjectName(QStringLiteral("ruleSetJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->addWidget(m_table);
    split->addWidget(m_json);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(import, &QPushButton::clicked, this, [this] { (void)importRuleSet(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RuleSetsPage::showSelected);
    refresh();
}

RuleSetsPage::~RuleSetsPage() = default;

QString RuleSetsPage::title() const
{
    return tr("Rule sets");
}

QString RuleSetsPage::subtitle() const
{
    return tr("The points rule sets of each settlement round (积分规则): built in, imported, and frozen by rankings.");
}

void RuleSetsPage::activate()
{
    refresh();
}

void RuleSetsPage::setStatus(const QString& text, bool error)
{
    setMessage(m_message, text, error ? Tone::Failure : Tone::Success);
}

void RuleSetsPage::refresh()
{
    auto list = m_service.ruleSets(m_session.actor);
    if (!list) {
        setStatus(errorText(list.error()), true);
        return;
    }
    m_ruleSets = std::move(*list);
    m_table->setRowCount(static_cast<int>(m_ruleSets.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const core::RuleSetInfo& info = m_ruleSets[static_cast<std::size_t>(r)];
        const core::RuleSet& rs = info.ruleSet;
        const QString state = info.builtin  ? tr("built in, not used yet")
                              : info.frozen ? tr("frozen (used for a ranking)")
                                            : tr("editable (not used for a ranking yet)");
        const QString threshold = tr("%1 ≥ %2")
                                      .arg(rs.threshold.score == core::ThresholdScore::Base ? tr("base") : tr("total"))
                                      .arg(rs.threshold.min);
        const QStringList cells{rs.id,
                                QString::number(rs.year),
                                rs.title,
                                info.version > 0 ? QString::number(info.version) : QStringLiteral("—"),
                                state,
                                threshold,
                                QString::number(rs.quota),
                                info.importedBy,
                                info.importedAt.isValid()
                                    ? info.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

void RuleSetsPage::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_ruleSets.size())) {
        m_json->clear();
        return;
    }
    m_json->setPlainText(QString::fromUtf8(m_ruleSets[static_cast<std::size_t>(row)].ruleSet.toJsonBytes()));
}

bool RuleSetsPage::importRuleSet()
{
    const QString path = m_session.prompts.openFile(this, tr("Import a rule set"), QDir::homePath(),
                                                    tr("Rule sets (*.json)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    auto imported = m_service.importRuleSet(m_session.actor, file.readAll(), name);
    if (!imported) {
        const core::Error& e = imported.error();
        setStatus(e.field.isEmpty() ? errorText(e) : tr("%1 (at %2)").arg(errorText(e), e.field), true);
        return false;
    }
    refresh();
    for (int r = 0; r < static_cast<int>(m_ruleSets.size()); ++r) {
        const core::RuleSetInfo& info = m_ruleSets[static_cast<std::size_t>(r)];
        if (info.ruleSet.id == imported->ruleSet.id && info.version == imported->version)
            m_table->selectRow(r);
    }
    setStatus(tr("Imported %1 as version %2; it serves the %3 round.")
                  .arg(imported->ruleSet.id)
                  .arg(imported->version)
                  .arg(imported->ruleSet.year),
              false);
    return true;
}

} // namespace hukou::ui
