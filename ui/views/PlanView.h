#pragma once
// Plan: the document the other views are computed from.

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace dmarcplan::ui {

class PlanDocument;

class PlanView : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(PlanDocument* document, QWidget* parent = nullptr);

private:
    void showDocument();

    PlanDocument* m_document;
    QLabel* m_file = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace dmarcplan::ui
