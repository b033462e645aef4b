#include "ui/models/RecordsModel.h"

#include "core/common/DomainName.h"

namespace dmarcplan::ui {

RecordsModel::RecordsModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecordsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}
int RecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordsModel::hostText(const dns::Record& record) const {
    const std::string name = normalizeDomain(record.name);
    if (m_zone.empty() || !isSubdomainOf(name, m_zone))
        return QString::fromStdString(name);
    if (name.size() == m_zone.size())
        return QStringLiteral("@");
    return QString::fromStdString(name.substr(0, name.size() - m_zone.size() - 1));
}

QString RecordsModel::valueText(const dns::Record& record) {
    if (record.type != dns::RecordType::TXT && record.type != dns::RecordType::SPF) {
        if (record.type == dns::RecordType::MX)
            return QStringLiteral("%1 %2").arg(record.preference).arg(QString::fromStdString(record.value));
        return QString::fromStdString(record.value);
    }
    QStringList strings;
    for (const auto& string : record.strings.empty() ? std::vector<std::string>{record.value} : record.strings) {
        QString quoted = QString::fromStdString(string);
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        strings << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return strings.join(QLatin1Char(' '));
}

QVariant RecordsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const dns::Record& record = m_records[std::size_t(index.row())];
    switch (Column(index.column())) {
    case HostColumn:
        return role == Qt::ToolTipRole ? QString::fromStdString(record.name) : hostText(record);
    case TypeColumn:
        return QString::fromLatin1(dns::toString(record.type).data(), qsizetype(dns::toString(record.type).size()));
    case ValueColumn:
        return valueText(record);
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
    case ColumnCount:
        break;
    }
    return {};
}

void RecordsModel::setRecords(std::string zone, std::vector<dns::Record> records) {
    beginResetModel(); // a new set of generated records: nothing of the old rows carries over
    m_zone = normalizeDomain(zone);
    m_records = std::move(records);
    endResetModel();
}

} // namespace dmarcplan::ui
