#include "ui/Widgets.h"

namespace dmarcplan::ui {

QLabel* viewHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

} // namespace dmarcplan::ui
