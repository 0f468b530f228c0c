#include "views/common/SupercategoryColors.h"

#include <QHash>
#include <array>

QColor supercategoryColor(const QString& name, int index) {
    static const QHash<QString, QColor> known = {
        {QStringLiteral("Plantae"), QColor(0x3f, 0x9b, 0x3a)},
        {QStringLiteral("Insecta"), QColor(0xe8, 0xa2, 0x02)},
        {QStringLiteral("Aves"), QColor(0x2f, 0x6e, 0xba)},
        {QStringLiteral("Actinopterygii"), QColor(0x17, 0xa8, 0xb5)},
        {QStringLiteral("Fungi"), QColor(0x8c, 0x56, 0x3a)},
        {QStringLiteral("Reptilia"), QColor(0x9a, 0xb8, 0x1c)},
        {QStringLiteral("Mollusca"), QColor(0xe3, 0x6f, 0xb0)},
        {QStringLiteral("Mammalia"), QColor(0xd6, 0x45, 0x2c)},
        {QStringLiteral("Animalia"), QColor(0x7d, 0x7d, 0x7d)},
        {QStringLiteral("Amphibia"), QColor(0x6b, 0x4c, 0x9a)},
        {QStringLiteral("Arachnida"), QColor(0x80, 0x1f, 0x2f)},
        {QStringLiteral("Chromista"), QColor(0x4f, 0xc9, 0x8f)},
        {QStringLiteral("Protozoa"), QColor(0xb0, 0x8f, 0xd8)},
        {QStringLiteral("Bacteria"), QColor(0x33, 0x33, 0x33)},
    };
    const auto it = known.constFind(name);
    if (it != known.constEnd()) return it.value();
    static const std::array<QColor, 10> fallback = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
        QColor(0xba, 0xb0, 0xac)};
    return fallback[static_cast<size_t>(index < 0 ? 0 : index) % fallback.size()];
}
