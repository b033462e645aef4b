#include "ui/PlanDocument.h"

#include <QFileInfo>

namespace dmarcplan::ui {

PlanDocument::PlanDocument(QObject* parent) : QObject(parent), m_plan(plan::starterPlan("example.com")) {}

void PlanDocument::reset() {
    m_plan = plan::starterPlan("example.com");
    setPath({});
    setModified(false);
    emit changed();
}

Result<bool> PlanDocument::load(const QString& path) {
    auto loaded = plan::loadPlan(path.toStdString());
    if (!loaded)
        return loaded.error();
    m_plan = std::move(*loaded);
    setPath(path);
    setModified(false);
    emit changed();
    return true;
}

Result<bool> PlanDocument::loadTemplate(const QString& path) {
    auto loaded = load(path);
    if (loaded)
        setPath({});
    return loaded;
}

Result<bool> PlanDocument::save(const QString& path) {
    const QString target = path.isEmpty() ? m_path : path;
    if (target.isEmpty())
        return InputError{"plan", 0, 0, "no file name"};
    auto written = plan::savePlan(m_plan, target.toStdString());
    if (!written)
        return written.error();
    setPath(target);
    setModified(false);
    return true;
}

QString PlanDocument::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void PlanDocument::setPlan(plan::Plan plan) {
    if (plan == m_plan)
        return;
    m_plan = std::move(plan);
    setModified(true);
    emit changed();
}

void PlanDocument::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void PlanDocument::setPath(const QString& path) {
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged(m_path);
}

QString validatePlan(const plan::Plan& plan) {
    auto checked = plan::planFromJson(plan::planToJson(plan), "plan");
    return checked ? QString() : QString::fromStdString(checked.error().message);
}

} // namespace dmarcplan::ui
