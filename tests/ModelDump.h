#pragma once
// Writes an item model's tree as "A(B,C(D)),E", so tests can compare whole trees at once.

#include <QAbstractItemModel>
#include <QStringList>

namespace fixtures {

inline QString dumpTree(const QAbstractItemModel* m, const QModelIndex& parent = {}) {
    QStringList parts;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        QString s = i.data().toString();
        if (m->rowCount(i) > 0) s += QLatin1Char('(') + dumpTree(m, i) + QLatin1Char(')');
        parts << s;
    }
    return parts.join(QLatin1Char(','));
}

}  // namespace fixtures
