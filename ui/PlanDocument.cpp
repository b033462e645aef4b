#include "ui/PlanDocument.h"

#include "core/common/AtomicFile.h"

#include <QFile>
#include <QFileInfo>

namespace dmarcplan::ui {

PlanDocument::PlanDocument(QObject* parent) : QObject(parent) {}

void PlanDocument::reset() {
    m_data = nlohmann::json::object();
    m_path.clear();
    emit pathChanged(m_path);
    setModified(false);
    emit changed();
}

Result<bool> PlanDocument::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path.toStdString(), 0, 0, file.errorString().toStdString()};
    const QByteArray bytes = file.readAll();
    auto parsed = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return InputError{path.toStdString(), 0, 0, "not a JSON object"};
    m_data = std::move(parsed);
    m_path = path;
    emit pathChanged(m_path);
    setModified(false);
    emit changed();
    return true;
}

Result<bool> PlanDocument::save(const QString& path) {
    const QString target = path.isEmpty() ? m_path : path;
    if (target.isEmpty())
        return InputError{"plan", 0, 0, "no file name"};
    auto written = writeFileAtomically(target.toStdString(), m_data.dump(2) + "\n");
    if (!written)
        return written.error();
    if (target != m_path) {
        m_path = target;
        emit pathChanged(m_path);
    }
    setModified(false);
    return true;
}

QString PlanDocument::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void PlanDocument::setData(nlohmann::json data) {
    if (data == m_data)
        return;
    m_data = std::move(data);
    setModified(true);
    emit changed();
}

void PlanDocument::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

} // namespace dmarcplan::ui
