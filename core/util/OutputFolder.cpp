#include "util/OutputFolder.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/Printable.h"

namespace taxa {

namespace fs = std::filesystem;

namespace {

// Folders of the system: neither they nor anything inside them is ours to write.
constexpr const char* kSystemTrees[] = {"/bin",   "/boot",  "/dev",    "/etc",  "/lib",
                                        "/lib32", "/lib64", "/libx32", "/proc", "/run",
                                        "/sbin",  "/sys",   "/usr"};
// Folders that hold other people's folders: a subfolder of them is fine, they are not.
constexpr const char* kSharedRoots[] = {"/",    "/home", "/root", "/tmp",  "/var",
                                        "/opt", "/srv",  "/mnt",  "/media"};

bool inside(const fs::path& p, const fs::path& tree) {
    auto a = p.begin(), b = tree.begin();
    for (; b != tree.end(); ++a, ++b)
        if (a == p.end() || *a != *b) return false;
    return true;
}

fs::path resolved(const std::string& dir) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (ec) p = fs::absolute(dir, ec).lexically_normal();
    // "/a/b/" and "/a/b" name one folder.
    if (p.has_relative_path() && p.filename().empty()) p = p.parent_path();
    return p;
}

// The first entry of `dir` that `owner` did not write, or "" if there is none.
std::string foreignEntry(const fs::path& dir, const OutputFolderOwner& owner, bool marked) {
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!marked) return name;
        if (name == owner.marker) continue;
        const bool ours = std::any_of(owner.owned.begin(), owner.owned.end(), [&](const auto& o) {
            return name == o || name.rfind(o + ".tmp", 0) == 0;
        });
        if (!ours) return name;
    }
    if (ec) throw Error(dir.string() + ": cannot list the folder: " + ec.message());
    return {};
}

}  // namespace

std::string systemFolderReason(const std::string& dir) {
    const fs::path p = resolved(dir);
    for (const char* tree : kSystemTrees)
        if (inside(p, tree)) return std::string("it is inside the system folder ") + tree;
    for (const char* root : kSharedRoots)
        if (p == fs::path(root)) return "it holds other folders of the system or its users";
    const char* home = std::getenv("HOME");
    if (home && *home && p == resolved(home)) return "it is your home folder";
    return {};
}

void claimOutputFolder(const std::string& dir, const OutputFolderOwner& owner, bool force) {
    if (dir.empty()) throw Error("no output folder given");
    const std::string why = systemFolderReason(dir);
    if (!why.empty())
        throw Error(dir + ": refusing to write " + owner.producer + " output here: " + why);
    const fs::path path(dir);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (fs::exists(status) && !fs::is_directory(status)) throw Error(dir + ": not a folder");
    if (fs::exists(status) && !force) {
        const bool marked = fs::exists(path / owner.marker, ec);
        const std::string foreign = foreignEntry(path, owner, marked);
        if (!foreign.empty())
            throw Error(dir + ": holds files that " + owner.producer + " did not write (such as '" +
                        printable(foreign) +
                        "'); choose a new or empty folder, or use --force to write there anyway");
    }
    fs::create_directories(path, ec);
    if (ec) throw Error(dir + ": cannot create folder: " + ec.message());
    writeFileAtomic((path / owner.marker).string(), "This folder was written by " + owner.producer +
                                                        ", which may write into it again.\n");
}

}  // namespace taxa
