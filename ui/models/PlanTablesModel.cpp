#include "ui/models/PlanTablesModel.h"

#include <QRegularExpression>

namespace dmarcplan::ui {

namespace {
QStringList toStringList(const std::vector<std::string>& values) {
    QStringList list;
    for (const auto& value : values)
        list << QString::fromStdString(value);
    return list;
}
} // namespace

// --- SourcesModel --------------------------------------------------------------------------------

SourcesModel::SourcesModel(QObject* parent) : PlanListModel(parent) {}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourcesModel::kindText(plan::SourceKind kind) {
    switch (kind) {
    case plan::SourceKind::Mx:
        return tr("Mail servers (MX)");
    case plan::SourceKind::A:
        return tr("Host address (A)");
    case plan::SourceKind::Ip:
        return tr("IP addresses");
    case plan::SourceKind::Include:
        return tr("Include");
    case plan::SourceKind::Provider:
        return tr("Provider");
    }
    return {};
}

QString SourcesModel::valueText(const plan::Source& source) const {
    switch (source.kind) {
    case plan::SourceKind::Ip:
        return toStringList(source.addresses).join(QStringLiteral(", "));
    case plan::SourceKind::Provider:
        if (m_catalogue)
            if (const auto* provider = m_catalogue->find(source.provider))
                return QString::fromStdString(provider->name);
        return QString::fromStdString(source.provider);
    case plan::SourceKind::Mx:
    case plan::SourceKind::A:
    case plan::SourceKind::Include:
        return QString::fromStdString(source.domain);
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const plan::Source& source = m_sources[std::size_t(index.row())];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case KindColumn:
        return kindText(source.kind);
    case ValueColumn:
        if (role == Qt::ToolTipRole) {
            switch (source.kind) {
            case plan::SourceKind::Ip:
                return tr("IPv4 or IPv6 addresses or ranges, separated by commas (192.0.2.0/28, 2001:db8::/48)");
            case plan::SourceKind::Include:
                return tr("The domain whose SPF record is included (include:)");
            case plan::SourceKind::Mx:
            case plan::SourceKind::A:
                return tr("Another domain whose hosts send; empty for the plan's domain");
            case plan::SourceKind::Provider:
                return tr("A sending provider from the catalogue: its SPF include and DKIM records are added");
            }
        }
        if (role == Qt::DisplayRole && source.domain.empty() &&
            (source.kind == plan::SourceKind::Mx || source.kind == plan::SourceKind::A))
            return tr("(the plan's domain)");
        return valueText(source);
    case NameColumn:
        return QString::fromStdString(source.name.value_or(std::string()));
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = PlanListModel::flags(index);
    if (!index.isValid())
        return flags;
    const plan::Source& source = m_sources[std::size_t(index.row())];
    if (index.column() == NameColumn || (index.column() == ValueColumn && source.kind != plan::SourceKind::Provider))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SourcesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    plan::Source& source = m_sources[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn) {
        source.name = text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
    } else if (source.kind == plan::SourceKind::Ip) {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        source.addresses.clear();
        for (const QString& address : text.split(separators, Qt::SkipEmptyParts))
            source.addresses.push_back(address.toStdString());
    } else {
        source.domain = text.toStdString();
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Addresses, domain or provider");
    case NameColumn:
        return tr("Label");
    case ColumnCount:
        break;
    }
    return {};
}

void SourcesModel::setSources(std::vector<plan::Source> sources) {
    replaceItems(m_sources, std::move(sources));
}

void SourcesModel::appendSource(plan::Source source) {
    appendItem(m_sources, std::move(source));
}

void SourcesModel::removeSource(int row) {
    removeItem(m_sources, row);
}

// --- DkimKeysModel -------------------------------------------------------------------------------

DkimKeysModel::DkimKeysModel(QObject* parent) : PlanListModel(parent) {}

int DkimKeysModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_keys.size());
}

int DkimKeysModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DkimKeysModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const plan::DkimKey& key = m_keys[std::size_t(index.row())];
    switch (Column(index.column())) {
    case SelectorColumn:
        if (role == Qt::ToolTipRole)
            return tr("The selector: the key is published at SELECTOR._domainkey under the domain");
        return QString::fromStdString(key.selector);
    case AlgorithmColumn:
        return key.algorithm == plan::DkimAlgorithm::Ed25519Sha256
                   ? QStringLiteral("Ed25519")
                   : QStringLiteral("RSA %1").arg(key.keySize.value_or(2048));
    case KeyColumn:
        return key.publicKey ? tr("public key in the plan") : tr("no key yet (see Lint)");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags DkimKeysModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = PlanListModel::flags(index);
    if (index.isValid() && index.column() == SelectorColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DkimKeysModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != SelectorColumn)
        return false;
    m_keys[std::size_t(index.row())].selector = value.toString().trimmed().toStdString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

QVariant DkimKeysModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SelectorColumn:
        return tr("Selector");
    case AlgorithmColumn:
        return tr("Algorithm");
    case KeyColumn:
        return tr("Key");
    case ColumnCount:
        break;
    }
    return {};
}

void DkimKeysModel::setKeys(std::vector<plan::DkimKey> keys) {
    replaceItems(m_keys, std::move(keys));
}

void DkimKeysModel::appendKey(plan::DkimKey key) {
    appendItem(m_keys, std::move(key));
}

void DkimKeysModel::removeKey(int row) {
    removeItem(m_keys, row);
}

} // namespace dmarcplan::ui
