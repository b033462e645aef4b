#pragma once
// Every control gets an object name (tests find it), a tooltip, and an accessible name (screen
// readers); these helpers keep that to one line per control.

#include <QAbstractButton>
#include <QLabel>
#include <QString>
#include <QWidget>

namespace dmarcplan::ui {

template <typename W>
W* labelled(W* widget, const char* objectName, const QString& toolTip, const QString& accessibleName = {}) {
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setToolTip(toolTip);
    if (!accessibleName.isEmpty())
        widget->setAccessibleName(accessibleName);
    return widget;
}

// A label with a mnemonic that moves the focus to `buddy`, which takes the label's text (without the
// '&') as its accessible name.
inline QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    if (buddy->accessibleName().isEmpty())
        buddy->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    return label;
}

// A heading for a view.
QLabel* viewHeading(const QString& text, QWidget* parent);

} // namespace dmarcplan::ui
