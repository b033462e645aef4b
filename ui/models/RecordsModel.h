#pragma once
// Generated records as registrars' web forms ask for them: host (relative to the zone), type, value.

#include "core/dns/Answer.h"

#include <QAbstractTableModel>
#include <vector>

namespace dmarcplan::ui {

class RecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HostColumn, TypeColumn, ValueColumn, ColumnCount };

    explicit RecordsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(std::string zone, std::vector<dns::Record> records);
    const std::vector<dns::Record>& records() const { return m_records; }

    // "@" for the zone apex, the relative name below it, the full name outside it.
    QString hostText(const dns::Record& record) const;
    // What goes into the registrar's value field: TXT as its quoted character-strings.
    static QString valueText(const dns::Record& record);

private:
    std::string m_zone;
    std::vector<dns::Record> m_records;
};

} // namespace dmarcplan::ui
