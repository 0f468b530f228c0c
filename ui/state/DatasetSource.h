#pragma once
/// @file DatasetSource.h
/// @brief What the user asked to open: a dataset folder, or explicitly chosen files.

#include <QString>
#include <QStringList>

#include "dataset/DatasetLoader.h"

/// @brief A dataset folder or a set of annotation files, as kept in the recent list.
struct DatasetSource {
    QString folder;     ///< Absolute folder, or empty when files are given.
    QStringList files;  ///< Absolute paths of explicitly chosen files.

    static DatasetSource fromFolder(const QString& folder);
    static DatasetSource fromFiles(const QStringList& files);
    /// @brief Parses an entry of the recent list (see toSetting()).
    static DatasetSource fromSetting(const QString& entry);
    /// @brief A folder is stored as its path; files as "files:" and their paths, one a line.
    QString toSetting() const;
    /// @brief Short name for titles and menus.
    QString displayName() const;
    bool isEmpty() const { return folder.isEmpty() && files.isEmpty(); }

    /// @brief Sorts explicit files into a release's roles by their names (train, val, test,
    /// categories, train/val locations) and guesses the layout from the year in them (2021's
    /// train_mini.json as its mini set). Images
    /// are resolved in the train file's folder. Returns false with a message naming the file
    /// it cannot place, or when no train file is given.
    bool toDatasetFiles(taxa::DatasetFiles* out, QString* error) const;
};
