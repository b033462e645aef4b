#pragma once
// The plan editor's two tables: the sending sources (what may send mail for the domain: its MX hosts,
// addresses, includes, providers from the catalogue) and the DKIM keys. Names, values and selectors
// are edited in place; each edit is announced with dataChanged for that cell and `edited()`.

#include "core/plan/Catalogue.h"
#include "core/plan/Plan.h"

#include <QAbstractTableModel>

namespace dmarcplan::ui {

// What both tables share: a list of plan items shown as rows, replaced (reset), appended, removed,
// and `edited()` after every change the user makes.
class PlanListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void edited();

protected:
    template <typename T> void replaceItems(std::vector<T>& items, std::vector<T> replacement) {
        beginResetModel();
        items = std::move(replacement);
        endResetModel();
    }
    template <typename T> void appendItem(std::vector<T>& items, T item) {
        const int row = int(items.size());
        beginInsertRows({}, row, row);
        items.push_back(std::move(item));
        endInsertRows();
        emit edited();
    }
    template <typename T> void removeItem(std::vector<T>& items, int row) {
        if (row < 0 || row >= int(items.size()))
            return;
        beginRemoveRows({}, row, row);
        items.erase(items.begin() + row);
        endRemoveRows();
        emit edited();
    }
};

class SourcesModel : public PlanListModel {
    Q_OBJECT
public:
    enum Column { KindColumn, ValueColumn, NameColumn, ColumnCount };

    explicit SourcesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCatalogue(const plan::Catalogue* catalogue) { m_catalogue = catalogue; }
    void setSources(std::vector<plan::Source> sources); // a new plan: reset
    const std::vector<plan::Source>& sources() const { return m_sources; }
    void appendSource(plan::Source source);
    void removeSource(int row);

    static QString kindText(plan::SourceKind kind);

private:
    QString valueText(const plan::Source& source) const;

    const plan::Catalogue* m_catalogue = nullptr;
    std::vector<plan::Source> m_sources;
};

class DkimKeysModel : public PlanListModel {
    Q_OBJECT
public:
    enum Column { SelectorColumn, AlgorithmColumn, KeyColumn, ColumnCount };

    explicit DkimKeysModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKeys(std::vector<plan::DkimKey> keys);
    const std::vector<plan::DkimKey>& keys() const { return m_keys; }
    void appendKey(plan::DkimKey key);
    void removeKey(int row);

private:
    std::vector<plan::DkimKey> m_keys;
};

} // namespace dmarcplan::ui
