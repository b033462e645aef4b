#pragma once
// Header analyser: paste a message's headers or drop an .eml file; each authentication method's
// result is explained, optionally re-checked against today's DNS.

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace dmarcplan::ui {

class TaskPanel;

class HeaderView : public QWidget {
    Q_OBJECT
public:
    explicit HeaderView(QWidget* parent = nullptr);

    // Puts the header block of a message file into the editor; returns an error text or "".
    QString loadMessageFile(const QString& path);
    QString headerText() const;

signals:
    void analyseRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_analyse = nullptr;
    QPushButton* m_open = nullptr;
    QCheckBox* m_recheck = nullptr;
    QTextBrowser* m_result = nullptr;
    TaskPanel* m_task = nullptr;
};

// The header block of a message: everything up to the first empty line (CRLF or LF).
QString headerBlock(const QByteArray& message);

} // namespace dmarcplan::ui
