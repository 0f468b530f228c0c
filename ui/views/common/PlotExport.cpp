#include "views/common/PlotExport.h"

#include <qcustomplot.h>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>

bool PlotExport::save(QCustomPlot* plot, const QString& path, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = plot->width(), h = plot->height();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = plot->savePng(path, w, h, 2.0);  // twice the pixels: sharp on high-dpi screens
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path, w, h);
    } else if (suffix == QLatin1String("svg")) {
        // QCustomPlot has no SVG writer; draw through its painter onto an SVG device.
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(plot->windowTitle());
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
        ok = ok && QFileInfo(path).size() > 0;
    } else {
        if (error) *error = tr("Unknown format '%1': use .png, .pdf or .svg").arg(suffix);
        return false;
    }
    if (!ok && error) *error = tr("Cannot write %1").arg(path);
    return ok;
}

QString PlotExport::askSavePath(QWidget* parent, const QString& title, const QString& fileName,
                                const QString& filters) {
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("export/lastDir"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, title, dir + QLatin1Char('/') + fileName,
                                                filters, &filter);
    if (path.isEmpty()) return {};
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    static const QRegularExpression suffix(QStringLiteral("\\*\\.(\\w+)"));
    const QRegularExpressionMatch m = suffix.match(filter);
    if (QFileInfo(path).suffix().isEmpty() && m.hasMatch())  // the format of the chosen filter
        path += QLatin1Char('.') + m.captured(1);
    return path;
}

void PlotExport::saveInteractively(QCustomPlot* plot, const QString& name, QWidget* parent) {
    const QString path =
        askSavePath(parent, tr("Export Plot"), name + QStringLiteral(".png"),
                    tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    QString error;
    if (!save(plot, path, &error)) QMessageBox::warning(parent, tr("Export Plot"), error);
}

void PlotExport::addMenu(QCustomPlot* plot, const QString& name) {
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, name](QPoint pos) {
        QMenu menu(plot);
        menu.addAction(tr("Export Plot..."), plot,
                       [plot, name] { saveInteractively(plot, name, plot); });
        menu.exec(plot->mapToGlobal(pos));
    });
}
