#pragma once
// The live check's results as a tree: one top-level node per question asked about the domain (SPF,
// DMARC, MX, each DKIM selector), the records and, for SPF, the include tree below it. Nodes arrive
// one by one as their answers come in.

#include "ui/ResultStyle.h"

#include <QAbstractItemModel>
#include <QString>
#include <memory>
#include <vector>

namespace dmarcplan::ui {

struct CheckNode {
    QString label; // "SPF", "include:_spf.example.net", "10 mx.example.com"...
    Outcome outcome = Outcome::Pending;
    QString status;      // shown next to the icon; empty: the outcome's own word
    QString detail;      // the record text, the error, the explanation
    int lookups = -1;    // DNS-querying terms in this branch (RFC 7208 §4.6.4); -1: not applicable
    int lookupLimit = 0; // for the SPF root: the limit the count is held against (10)
    std::vector<CheckNode> children;
};

class CheckTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ResultColumn, LookupsColumn, DetailColumn, ColumnCount };

    explicit CheckTreeModel(QObject* parent = nullptr);
    ~CheckTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Adds a finished top-level node (with its subtree) and returns its index.
    QModelIndex appendNode(const CheckNode& node);
    // Replaces the top-level node at `row`: its own cells change in place, its children are replaced.
    void replaceNode(int row, const CheckNode& node);
    int topLevelCount() const { return int(m_roots.size()); }

private:
    struct Item;
    Item* itemFor(const QModelIndex& index) const;
    QVariant lookupsData(const CheckNode& node, int role) const;

    std::vector<std::unique_ptr<Item>> m_roots;
};

} // namespace dmarcplan::ui
