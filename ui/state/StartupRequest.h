#pragma once
/// @file StartupRequest.h
/// @brief What `taxa`'s options ask for once the window is up: the dataset to open, the first
/// view (--select, --search, --tab), a run to start (--train, --processes) and an analysis to
/// show (--analyse, --compare, --geo, --why). Parsed and checked here; MainWindow::apply()
/// carries it out.

#include <QString>
#include <QStringList>

class QCommandLineParser;

struct StartupRequest {
    QStringList datasets;  ///< A dataset folder, or annotation files; empty: the last, or the demo.
    QString select;        ///< A taxon's name.
    QString search;        ///< Text for the taxonomy's search box.
    QString tab;           ///< One of tabNames(), lower case; empty: as the other options imply.
    QString train;         ///< A training preset.
    int processes = 1;     ///< With train: processes to train on.
    QString analyse;       ///< A run folder or a predictions CSV.
    QString compare;       ///< With analyse: a second run or CSV (B).
    QString geo;           ///< With analyse: a geographic prior to switch on.
    bool why = false;      ///< With analyse: the pair view's saliency overlay.

    /// @brief The names --tab takes: the main tabs, then the Analysis panel's inner tabs.
    static QStringList tabNames();
    /// @brief Whether @p tab names one of the Analysis panel's inner tabs.
    static bool isAnalysisTab(const QString& tab);

    /// @brief Adds taxa's options to @p parser.
    static void addOptions(QCommandLineParser& parser);
    /// @brief Reads a processed parser. A value that cannot be used sets @p error to one line
    /// (the program then exits 2, as for any bad option).
    static StartupRequest read(const QCommandLineParser& parser, QString* error);
};
