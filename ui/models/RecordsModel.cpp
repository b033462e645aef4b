#include "ui/models/RecordsModel.h"

namespace dmarcplan::ui {

RecordsModel::RecordsModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecordsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_generated.records.size());
}
int RecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordsModel::valueText(const plan::GeneratedRecord& record) {
    if (record.pending)
        return {};
    if (record.type == "MX")
        return QStringLiteral("%1 %2").arg(record.preference).arg(QString::fromStdString(record.value));
    return QString::fromStdString(record.value);
}

QString RecordsModel::purposeText(const plan::GeneratedRecord& record) const {
    const std::string& purpose = record.purpose;
    if (purpose == "spf")
        return tr("SPF: who may send");
    if (purpose == "dkim")
        return tr("DKIM key");
    if (purpose == "dmarc")
        return tr("DMARC policy");
    if (purpose == "report_authorization")
        return tr("permits reports to this domain");
    if (purpose == "return_path")
        return tr("return path (bounces)");
    return QString::fromStdString(purpose);
}

QVariant RecordsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const plan::GeneratedRecord& record = m_generated.records[std::size_t(index.row())];
    if (role == SourceRole)
        return QString::fromStdString(record.source);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case HostColumn:
        return role == Qt::ToolTipRole ? QString::fromStdString(record.name)
                                       : QString::fromStdString(plan::relativeHost(record.name, m_generated.domain));
    case TypeColumn:
        return QString::fromStdString(record.type);
    case ValueColumn:
        if (record.pending)
            return tr("pending: the value your provider's console shows (see Lint)");
        if (role == Qt::ToolTipRole && record.strings.size() > 1)
            return tr("%1\n(in %2 strings of at most 255 characters for zone files)")
                .arg(valueText(record))
                .arg(record.strings.size());
        return valueText(record);
    case PurposeColumn:
        return role == Qt::ToolTipRole ? tr("From %1 in the plan").arg(QString::fromStdString(record.source))
                                       : purposeText(record);
    case CopyColumn:
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case HostColumn:
        return tr("Host");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case PurposeColumn:
        return tr("For");
    case CopyColumn:
        return tr("Copy");
    case ColumnCount:
        break;
    }
    return {};
}

void RecordsModel::setGenerated(plan::GeneratedPlan generated) {
    bool sameRecords = generated.domain == m_generated.domain && generated.records.size() == m_generated.records.size();
    for (std::size_t i = 0; sameRecords && i < generated.records.size(); ++i)
        sameRecords = generated.records[i].name == m_generated.records[i].name &&
                      generated.records[i].type == m_generated.records[i].type;
    if (!sameRecords) {
        beginResetModel();
        m_generated = std::move(generated);
        endResetModel();
        return;
    }
    std::vector<int> changed;
    for (std::size_t i = 0; i < generated.records.size(); ++i) {
        const auto& a = generated.records[i];
        const auto& b = m_generated.records[i];
        if (a.value != b.value || a.pending != b.pending || a.ttl != b.ttl || a.preference != b.preference ||
            a.purpose != b.purpose || a.source != b.source)
            changed.push_back(int(i));
    }
    m_generated = std::move(generated);
    for (int row : changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace dmarcplan::ui
