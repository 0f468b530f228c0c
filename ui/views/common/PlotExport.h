#pragma once
/// @file PlotExport.h
/// @brief Saving a plot as PNG, PDF or SVG, and the context menu that offers it.

#include <QCoreApplication>
#include <QString>

class QCustomPlot;
class QWidget;

/// @brief Plot export; static functions only (a class for the translation context).
class PlotExport {
    Q_DECLARE_TR_FUNCTIONS(PlotExport)

  public:
    /// @brief Writes @p plot at its on-screen size to @p path; the format follows the suffix
    /// (.png, .pdf or .svg). False with @p error set if the file cannot be written.
    static bool save(QCustomPlot* plot, const QString& path, QString* error = nullptr);
    /// @brief Asks where to save: starts in the last export folder (else Documents) with
    /// @p fileName; without a suffix typed, the chosen filter's "(*.ext)" is added. Empty when
    /// cancelled. Shared by every export in the app.
    static QString askSavePath(QWidget* parent, const QString& title, const QString& fileName,
                               const QString& filters);
    /// @brief Asks for a file name and saves @p plot there; @p name suggests the file name.
    static void saveInteractively(QCustomPlot* plot, const QString& name, QWidget* parent);
    /// @brief Gives @p plot a right-click menu with "Export Plot...".
    static void addMenu(QCustomPlot* plot, const QString& name);
};
