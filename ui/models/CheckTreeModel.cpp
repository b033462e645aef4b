#include "ui/models/CheckTreeModel.h"

#include <QGuiApplication>

namespace dmarcplan::ui {

// The model keeps its own tree of Items (stable addresses for QModelIndex::internalPointer); each
// Item holds its node's cells and its children.
struct CheckTreeModel::Item {
    CheckNode cells; // children of cells are moved into `children`
    Item* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;

    static std::unique_ptr<Item> build(CheckNode node, Item* parent, int row) {
        auto item = std::make_unique<Item>();
        item->parent = parent;
        item->row = row;
        auto children = std::move(node.children);
        node.children.clear();
        item->cells = std::move(node);
        for (std::size_t i = 0; i < children.size(); ++i)
            item->children.push_back(build(std::move(children[i]), item.get(), int(i)));
        return item;
    }
};

CheckTreeModel::CheckTreeModel(QObject* parent) : QAbstractItemModel(parent) {}
CheckTreeModel::~CheckTreeModel() = default;

CheckTreeModel::Item* CheckTreeModel::itemFor(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : nullptr;
}

QModelIndex CheckTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const auto& list = parent.isValid() ? itemFor(parent)->children : m_roots;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, list[std::size_t(row)].get());
}

QModelIndex CheckTreeModel::parent(const QModelIndex& child) const {
    Item* item = itemFor(child);
    if (!item || !item->parent)
        return {};
    return createIndex(item->parent->row, 0, item->parent);
}

int CheckTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int CheckTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant CheckTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckNode& node = itemFor(index)->cells;
    switch (Column(index.column())) {
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(node.label) : QVariant();
    case ResultColumn:
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && !node.status.isEmpty())
            return node.status;
        if (role == Qt::ToolTipRole)
            return node.status.isEmpty() ? outcomeText(node.outcome) : node.status;
        return outcomeData(node.outcome, role, QGuiApplication::palette());
    case LookupsColumn:
        return lookupsData(node, role);
    case DetailColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(node.detail) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CheckTreeModel::lookupsData(const CheckNode& node, int role) const {
    if (node.lookups < 0)
        return {};
    const bool over = node.lookupLimit > 0 && node.lookups > node.lookupLimit;
    switch (role) {
    case Qt::DisplayRole:
        return node.lookupLimit > 0 ? tr("%1 of %2").arg(node.lookups).arg(node.lookupLimit)
                                    : QString::number(node.lookups);
    case Qt::ToolTipRole:
        return node.lookupLimit > 0 ? tr("%1 DNS lookups in total; SPF allows at most %2 (RFC 7208 section 4.6.4).")
                                          .arg(node.lookups)
                                          .arg(node.lookupLimit)
                                    : tr("%n DNS lookup(s) in this branch", nullptr, node.lookups);
    case Qt::DecorationRole:
        return node.lookupLimit > 0 ? outcomeIcon(over ? Outcome::Error : Outcome::Pass) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CheckTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Item");
    case ResultColumn:
        return tr("Result");
    case LookupsColumn:
        return tr("DNS lookups");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

void CheckTreeModel::clear() {
    if (m_roots.empty())
        return;
    beginRemoveRows({}, 0, int(m_roots.size()) - 1);
    m_roots.clear();
    endRemoveRows();
}

QModelIndex CheckTreeModel::appendNode(const CheckNode& node) {
    const int row = int(m_roots.size());
    beginInsertRows({}, row, row);
    m_roots.push_back(Item::build(node, nullptr, row));
    endInsertRows();
    return index(row, 0);
}

void CheckTreeModel::replaceNode(int row, const CheckNode& node) {
    Item* item = m_roots.at(std::size_t(row)).get();
    const QModelIndex at = index(row, 0);
    if (!item->children.empty()) {
        beginRemoveRows(at, 0, int(item->children.size()) - 1);
        item->children.clear();
        endRemoveRows();
    }
    auto replacement = Item::build(node, nullptr, row);
    item->cells = replacement->cells;
    emit dataChanged(at, index(row, ColumnCount - 1));
    if (!replacement->children.empty()) {
        beginInsertRows(at, 0, int(replacement->children.size()) - 1);
        item->children = std::move(replacement->children);
        for (auto& child : item->children)
            child->parent = item;
        endInsertRows();
    }
}

} // namespace dmarcplan::ui
