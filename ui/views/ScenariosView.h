#pragma once
// Scenarios: what receivers decide for each path a message can take (the combination table), with
// the settings users want to try above it and the selected row's evidence below.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;
class QTextBrowser;

namespace dmarcplan::ui {

class ScenariosView : public QWidget {
    Q_OBJECT
public:
    explicit ScenariosView(QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

signals:
    // Any control changed: the table is to be recomputed.
    void parametersChanged();

private:
    QComboBox* policyCombo(const char* objectName, const QString& toolTip, bool allowInherit);
    QComboBox* alignmentCombo(const char* objectName, const QString& toolTip);
    QCheckBox* option(const QString& text, const char* objectName, const QString& toolTip, bool checked);

    QTableView* m_table = nullptr;
    QTextBrowser* m_evidence = nullptr;
};

} // namespace dmarcplan::ui
