#include "ui/views/PlanView.h"

#include "ui/PlanDocument.h"
#include "ui/Widgets.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dmarcplan::ui {

PlanView::PlanView(PlanDocument* document, QWidget* parent) : QWidget(parent), m_document(document) {
    setObjectName(QStringLiteral("planView"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("planFileLabel"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = labelled(new QPlainTextEdit(this), "planText", tr("The plan file's contents"), tr("Plan"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Plan"), this));
    layout->addWidget(m_file);
    layout->addWidget(m_text, 1);
    connect(m_document, &PlanDocument::changed, this, &PlanView::showDocument);
    connect(m_document, &PlanDocument::pathChanged, this, &PlanView::showDocument);
    showDocument();
}

void PlanView::showDocument() {
    m_file->setText(m_document->path().isEmpty() ? tr("New plan, not saved yet")
                                                 : tr("File: %1").arg(m_document->path()));
    m_text->setPlainText(QString::fromStdString(m_document->data().dump(2)));
}

} // namespace dmarcplan::ui
