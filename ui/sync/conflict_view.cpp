#include "conflict_view.h"

#include "core/registry/person_fields.h"
#include "sync_labels.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hukou::ui {

namespace {

const QColor kDiffers(0xfb, 0xe9, 0xc6); // the value that is not kept
const QColor kChosen(0xd4, 0xed, 0xd6);  // the value that is kept

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Person fields in the order of the registration card, then household and status fields, then the rest.
QStringList ordered(const QJsonObject& a, const QJsonObject& b)
{
    QStringList order;
    for (const core::FieldSpec& s : core::PersonFields::all())
        order << s.key;
    for (const char* k : {"household", "number", "kind", "district", "address", "head", "status", "status_reason",
                          "status_date", "active"})
        order << QString::fromLatin1(k);
    QStringList keys = a.keys();
    for (const QString& k : b.keys())
        if (!keys.contains(k))
            keys << k;
    keys.removeIf([](const QString& k) { return SyncLabels::isBookkeeping(k); });
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString& x, const QString& y) {
        const auto ix = order.indexOf(x), iy = order.indexOf(y);
        if (ix < 0 && iy < 0)
            return x < y;
        if (ix < 0 || iy < 0)
            return ix >= 0;
        return ix < iy;
    });
    return keys;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictView::ConflictView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conflictView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_origin = noteLabel({}, this);
    m_origin->setObjectName(QStringLiteral("conflictOrigin"));
    m_origin->setTextFormat(Qt::PlainText);
    layout->addWidget(m_origin);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Local version"), tr("Remote version"), tr("Keep")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LocalColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RemoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeepColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(FieldColumn, 110);
    m_table->setColumnWidth(KeepColumn, 96);
    layout->addWidget(m_table, 1);

    auto* quick = new QHBoxLayout;
    m_allLocal = new QPushButton(tr("Keep all &local"), this);
    m_allLocal->setObjectName(QStringLiteral("keepAllLocalButton"));
    m_allRemote = new QPushButton(tr("Keep all &remote"), this);
    m_allRemote->setObjectName(QStringLiteral("keepAllRemoteButton"));
    quick->addWidget(m_allLocal);
    quick->addWidget(m_allRemote);
    quick->addStretch();
    layout->addLayout(quick);

    auto* resolveRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("Rea&son:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("resolveReasonEdit"));
    m_reason->setPlaceholderText(tr("Required: why this version is right (e.g. checked against the paper file)"));
    m_reason->setMaxLength(500);
    reasonLabel->setBuddy(m_reason);
    m_resolve = new QPushButton(tr("Resol&ve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    resolveRow->addWidget(reasonLabel);
    resolveRow->addWidget(m_reason, 1);
    resolveRow->addWidget(m_resolve);
    layout->addLayout(resolveRow);

    connect(m_allLocal, &QPushButton::clicked, this, [this] { chooseAll(Side::Local); });
    connect(m_allRemote, &QPushButton::clicked, this, [this] { chooseAll(Side::Remote); });
    connect(m_reason, &QLineEdit::textChanged, this, &ConflictView::updateButtons);
    connect(m_reason, &QLineEdit::returnPressed, m_resolve, &QPushButton::click);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (m_conflict && !reason().isEmpty() && !m_busy)
            emit resolveRequested();
    });
    setConflict(std::nullopt);
}

ConflictView::~ConflictView() = default;

void ConflictView::setConflict(const std::optional<core::SyncConflict>& conflict, const QString& from)
{
    m_conflict = conflict;
    m_table->setRowCount(0);
    m_fields.clear();
    if (!conflict) {
        m_title->setText(tr("Select a conflict to compare the two versions."));
        m_origin->clear();
        m_origin->setVisible(false);
        updateButtons();
        return;
    }
    const core::SyncConflict& c = *conflict;
    m_title->setText(tr("%1 — %2").arg(c.label.isEmpty() ? SyncLabels::kind(c.kind) : c.label, c.reason));
    const bool hasLocal = !c.local.isEmpty();
    QString origin = tr("Remote version from %1, changed by %2 on %3.")
                         .arg(from.isEmpty() ? tr("device %1").arg(c.remoteDevice) : from,
                              c.remoteUser.isEmpty() ? tr("an unknown user") : c.remoteUser, timeText(c.remoteAt));
    if (!hasLocal)
        origin += QLatin1Char(' ') + tr("There is no local version of this record: only the remote one can be kept.");
    else if (const QString at = c.local.value(QStringLiteral("updated_at")).toString(); !at.isEmpty())
        origin += QLatin1Char(' ') +
                  tr("Local version changed on %1.").arg(timeText(QDateTime::fromString(at, Qt::ISODateWithMs)));
    m_origin->setText(origin);
    m_origin->setVisible(true);

    // The fields that differ first (in the order of the card), then those both versions agree on.
    m_fields = ordered(c.local, c.remote);
    std::stable_partition(m_fields.begin(), m_fields.end(), [&c](const QString& key) {
        return SyncLabels::rawValue(c.local.value(key)) != SyncLabels::rawValue(c.remote.value(key));
    });
    m_table->setRowCount(static_cast<int>(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString& key = m_fields[row];
        const QJsonValue local = c.local.value(key), remote = c.remote.value(key);
        const bool differs = SyncLabels::rawValue(local) != SyncLabels::rawValue(remote);
        auto* name = cell(SyncLabels::field(key));
        name->setData(KeyRole, key);
        name->setData(DifferRole, differs);
        name->setToolTip(key);
        const QString localText = hasLocal ? SyncLabels::value(key, local) : QStringLiteral("—");
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, LocalColumn, cell(localText));
        m_table->setItem(row, RemoteColumn, cell(SyncLabels::value(key, remote)));
        if (!differs)
            continue;
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("keep_") + key);
        combo->addItem(tr("Local"), static_cast<int>(Side::Local));
        combo->addItem(tr("Remote"), static_cast<int>(Side::Remote));
        combo->setToolTip(tr("Which value of %1 to keep").arg(SyncLabels::field(key)));
        if (!hasLocal) { // only the remote version can be kept
            combo->setCurrentIndex(combo->findData(static_cast<int>(Side::Remote)));
            combo->setEnabled(false);
        }
        m_table->setCellWidget(row, KeepColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { showChoice(rowOf(key)); });
        showChoice(row);
    }
    m_table->scrollToTop();
    m_table->resizeColumnToContents(FieldColumn);
    m_table->setColumnWidth(FieldColumn, std::clamp(m_table->columnWidth(FieldColumn) + 8, 90, 160));
    updateButtons();
}

void ConflictView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

int ConflictView::rowOf(const QString& field) const
{
    return static_cast<int>(m_fields.indexOf(field));
}

QComboBox* ConflictView::comboAt(int row) const
{
    return row < 0 ? nullptr : qobject_cast<QComboBox*>(m_table->cellWidget(row, KeepColumn));
}

QStringList ConflictView::differingFields() const
{
    QStringList out;
    for (int row = 0; row < m_fields.size(); ++row)
        if (comboAt(row))
            out << m_fields[row];
    return out;
}

std::optional<ConflictView::Side> ConflictView::choice(const QString& field) const
{
    const QComboBox* combo = comboAt(rowOf(field));
    if (!combo)
        return std::nullopt;
    return static_cast<Side>(combo->currentData().toInt());
}

void ConflictView::choose(const QString& field, Side side)
{
    if (QComboBox* combo = comboAt(rowOf(field)))
        combo->setCurrentIndex(combo->findData(static_cast<int>(side)));
}

void ConflictView::chooseAll(Side side)
{
    for (const QString& field : differingFields())
        choose(field, side);
}

void ConflictView::showChoice(int row)
{
    const QComboBox* combo = comboAt(row);
    if (!combo)
        return;
    const bool remote = static_cast<Side>(combo->currentData().toInt()) == Side::Remote;
    QTableWidgetItem* kept = m_table->item(row, remote ? RemoteColumn : LocalColumn);
    QTableWidgetItem* other = m_table->item(row, remote ? LocalColumn : RemoteColumn);
    QFont font = kept->font();
    font.setBold(true);
    kept->setFont(font);
    kept->setBackground(kChosen);
    font.setBold(false);
    other->setFont(font);
    other->setBackground(kDiffers);
    m_table->item(row, FieldColumn)->setBackground(kDiffers);
}

ConflictView::Decision ConflictView::decision() const
{
    QStringList remote, local;
    for (const QString& field : differingFields())
        (choice(field) == Side::Remote ? remote : local) << field;
    Decision d;
    if (remote.isEmpty() || !m_conflict)
        return d; // keep local as it is
    if (local.isEmpty()) {
        d.keep = core::SyncService::Keep::Remote;
        return d;
    }
    // A merge: the local version with the chosen remote values on top.
    for (const QString& field : remote)
        d.fields.insert(field, SyncLabels::rawValue(m_conflict->remote.value(field)));
    return d;
}

QString ConflictView::reason() const
{
    return m_reason->text().trimmed();
}

void ConflictView::clearReason()
{
    m_reason->clear();
}

void ConflictView::updateButtons()
{
    const bool shown = m_conflict.has_value() && !m_busy;
    const bool anyDiffer = !differingFields().isEmpty();
    m_allLocal->setEnabled(shown && anyDiffer && !m_conflict->local.isEmpty());
    m_allRemote->setEnabled(shown && anyDiffer);
    m_reason->setEnabled(shown);
    m_resolve->setEnabled(shown && !reason().isEmpty());
    m_table->setEnabled(m_conflict.has_value());
}

} // namespace hukou::ui
