#pragma once
// The document the main window edits: a plan file (*.dmarcplan.json). Knows its path and whether it
// has unsaved changes; saves atomically (core's writeFileAtomically).

#include "core/common/Result.h"

#include <QObject>
#include <QString>
#include <nlohmann/json.hpp>

namespace dmarcplan::ui {

class PlanDocument : public QObject {
    Q_OBJECT
public:
    explicit PlanDocument(QObject* parent = nullptr);

    // Empty plan for a new document (untitled, unmodified).
    void reset();
    // Reads and parses; on failure the document is unchanged and the error names the file.
    Result<bool> load(const QString& path);
    // Writes atomically to `path` (the current path when empty); on success the document is
    // unmodified and takes that path.
    Result<bool> save(const QString& path = {});

    const QString& path() const { return m_path; }
    bool isModified() const { return m_modified; }
    QString displayName() const; // file name, or "Untitled"

    const nlohmann::json& data() const { return m_data; }
    void setData(nlohmann::json data); // marks the document modified when it differs

signals:
    void changed(); // data replaced (load, reset, edit)
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);

private:
    void setModified(bool modified);

    QString m_path;
    bool m_modified = false;
    nlohmann::json m_data = nlohmann::json::object();
};

} // namespace dmarcplan::ui
