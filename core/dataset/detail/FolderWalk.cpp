#include "dataset/detail/FolderWalk.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/Error.h"

namespace taxa::detail {

bool isImageFileName(std::string_view name) {
    auto endsWith = [&](std::string_view ext) {
        if (name.size() <= ext.size()) return false;
        const std::string_view tail = name.substr(name.size() - ext.size());
        return std::equal(tail.begin(), tail.end(), ext.begin(), [](char a, char b) {
            return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
        });
    };
    return endsWith(".jpg") || endsWith(".jpeg") || endsWith(".png");
}

namespace {

// Unlabelled walks stop here, so a symlink cycle cannot recurse without end.
constexpr int kMaxTestDepth = 16;

struct Listing {
    std::vector<std::string> folders, images, others;
};

// The visible entries of an open folder, each kind sorted by name. readdir's d_type spares a
// stat per file on the file systems that fill it; symlinks and unknown types are stat'ed.
Listing list(DIR* dir, const std::string& shown) {
    Listing out;
    const int fd = dirfd(dir);
    for (;;) {
        // readdir reports an error only through errno, which the fstatat of a dangling link
        // below sets too: clear it before each call, not once.
        errno = 0;
        const dirent* e = readdir(dir);
        if (!e) break;
        if (e->d_name[0] == '.') continue;  // ".", "..", and hidden files such as .DS_Store
        bool folder = e->d_type == DT_DIR, file = e->d_type == DT_REG;
        if (!folder && !file) {
            struct stat st {};
            if (fstatat(fd, e->d_name, &st, 0) != 0) continue;  // a dangling link
            folder = S_ISDIR(st.st_mode);
            file = S_ISREG(st.st_mode);
        }
        if (folder)
            out.folders.emplace_back(e->d_name);
        else if (file)
            (isImageFileName(e->d_name) ? out.images : out.others).emplace_back(e->d_name);
    }
    if (errno) throw Error(shown + ": cannot list folder: " + std::strerror(errno));
    std::sort(out.folders.begin(), out.folders.end());
    std::sort(out.images.begin(), out.images.end());
    return out;
}

class Walker {
  public:
    Walker(const std::string& shown, Split split, bool labelled, StringInterner& classes,
           Dataset& ds, int64_t& nextId, const ProgressFn& progress)
        : shown_(shown),
          split_(split),
          labelled_(labelled),
          classes_(classes),
          ds_(ds),
          nextId_(nextId),
          progress_(progress) {}

    void walk(DIR* dir, const std::string& rel, int depth) {
        const Listing l = list(dir, shown_ + rel);
        for (const auto& name : l.others) {
            if (report_.ignoredFiles++ == 0) report_.firstIgnored = shown_ + rel + name;
        }
        if (!l.images.empty()) addImages(l, rel, depth);
        const int limit = labelled_ ? kMaxClassDepth : kMaxTestDepth;
        for (const auto& name : l.folders) {
            const std::string child = rel + name + "/";
            if (depth + 1 > limit)
                throw Error(shown_ + child + ": folders nested more than " + std::to_string(limit) +
                            " levels deep (a class folder may sit below " + "at most " +
                            std::to_string(limit - 1) + " levels of group folders)");
            DIR* sub = open(dirfd(dir), name, shown_ + child);
            try {
                walk(sub, child, depth + 1);
            } catch (...) {
                closedir(sub);
                throw;
            }
            closedir(sub);
        }
    }

    static DIR* open(int parent, const std::string& name, const std::string& shown) {
        const int fd = openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        DIR* d = fd < 0 ? nullptr : fdopendir(fd);
        if (!d) {
            const std::string why = std::strerror(errno);
            if (fd >= 0) close(fd);
            throw Error(shown + ": cannot open folder: " + why);
        }
        return d;
    }

    const WalkReport& report() const { return report_; }

  private:
    void addImages(const Listing& l, const std::string& rel, int depth) {
        int32_t label = -1;
        if (labelled_) {
            if (depth == 0)
                throw Error(shown_ + l.images.front() +
                            ": image outside a class folder (expected " + shown_ +
                            "<class>/<image>)");
            if (!l.folders.empty())
                throw Error(shown_ + rel +
                            ": holds both images and folders (a class folder holds images, a "
                            "group folder holds class folders; e.g. " +
                            l.folders.front() + "/)");
            label = classes_.intern(std::string_view(rel).substr(0, rel.size() - 1));
            report_.deepestClass = std::max(report_.deepestClass, depth);
        }
        std::string path = shown_ + rel;
        const size_t stem = path.size();
        for (const auto& name : l.images) {
            ImageRecord im;
            im.id = nextId_++;
            im.split = split_;
            im.label = label;
            path.resize(stem);
            path += name;
            ds_.setFileName(im, path);
            ds_.images.push_back(im);
            if (ds_.images.size() % 8192 == 0)
                reportOrCancel(progress_, "Listing image folders",
                               static_cast<int64_t>(ds_.images.size()), 0);
        }
    }

    const std::string& shown_;
    Split split_;
    bool labelled_;
    StringInterner& classes_;
    Dataset& ds_;
    int64_t& nextId_;
    const ProgressFn& progress_;
    WalkReport report_;
};

}  // namespace

WalkReport walkSplitFolder(const std::string& folder, const std::string& shown, Split split,
                           bool labelled, StringInterner& classes, Dataset& ds, int64_t& nextId,
                           const ProgressFn& progress) {
    Walker w(shown, split, labelled, classes, ds, nextId, progress);
    DIR* top = Walker::open(AT_FDCWD, folder, shown.empty() ? folder : shown);
    try {
        w.walk(top, "", 0);
    } catch (...) {
        closedir(top);
        throw;
    }
    closedir(top);
    return w.report();
}

}  // namespace taxa::detail
