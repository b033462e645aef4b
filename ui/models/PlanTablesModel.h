#pragma once
// The plan editor's two tables: the sending sources (what may send mail for the domain: its MX hosts,
// addresses, includes, providers from the catalogue) and the DKIM keys. Names, values and selectors
// are edited in place; each edit is announced with dataChanged for that cell and `edited()`.

#include "core/plan/Catalogue.h"
#include "core/plan/Plan.h"

#include <QAbstractTableModel>

namespace dmarcplan::ui {

class SourcesModel : public QAbstractTableModel {
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

signals:
    void edited();

private:
    QString valueText(const plan::Source& source) const;

    const plan::Catalogue* m_catalogue = nullptr;
    std::vector<plan::Source> m_sources;
};

class DkimKeysModel : public QAbstractTableModel {
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

signals:
    void edited();

private:
    std::vector<plan::DkimKey> m_keys;
};

} // namespace dmarcplan::ui
