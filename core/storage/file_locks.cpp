#include "file_locks.h"

#include <sqlite3.h>

#include <cstdarg>
#include <cstdio>
#include <map>
#include <mutex>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hukou::core {

namespace {

using FileKey = std::pair<dev_t, ino_t>;

// One entry per file SQLite has open: how many descriptors SQLite holds on it, and the private
// descriptor its locks are taken on (-1 until the first lock).
struct LockedFile
{
    int sqliteDescriptors = 0;
    int lockDescriptor = -1;
};

std::mutex g_mutex;
std::map<FileKey, LockedFile> g_files;

using OpenCall = int (*)(const char*, int, int);
using CloseCall = int (*)(int);
OpenCall g_open = nullptr;
CloseCall g_close = nullptr;

bool keyOf(int fd, FileKey& key)
{
    struct stat st{};
    if (fstat(fd, &st) != 0)
        return false;
    key = {st.st_dev, st.st_ino};
    return true;
}

int lockedOpen(const char* path, int flags, int mode)
{
    const int fd = g_open(path, flags, mode);
    FileKey key;
    if (fd >= 0 && keyOf(fd, key)) {
        const std::lock_guard lock(g_mutex);
        ++g_files[key].sqliteDescriptors;
    }
    return fd;
}

int lockedClose(int fd)
{
    FileKey key;
    const bool known = keyOf(fd, key);
    const int rc = g_close(fd);
    if (known) {
        const std::lock_guard lock(g_mutex);
        const auto it = g_files.find(key);
        if (it != g_files.end() && --it->second.sqliteDescriptors <= 0) {
            if (it->second.lockDescriptor >= 0)
                g_close(it->second.lockDescriptor); // releases the locks, as SQLite's last close would
            g_files.erase(it);
        }
    }
    return rc;
}

// The private descriptor for the file `fd` refers to: a second open of the same file (through
// /proc/self/fd, so a renamed or unlinked file is still the same one), never handed to anybody.
int lockDescriptorFor(int fd)
{
    FileKey key;
    if (!keyOf(fd, key))
        return -1;
    const std::lock_guard lock(g_mutex);
    LockedFile& file = g_files[key];
    if (file.sqliteDescriptors == 0)
        file.sqliteDescriptors = 1; // opened before the wrappers were installed
    if (file.lockDescriptor < 0) {
        char self[64];
        std::snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
        int own = ::open(self, O_RDWR | O_CLOEXEC);
        if (own < 0)
            own = ::open(self, O_RDONLY | O_CLOEXEC); // a read-only database takes read locks only
        file.lockDescriptor = own;
    }
    return file.lockDescriptor;
}

int lockedFcntl(int fd, int command, ...)
{
    va_list args;
    va_start(args, command);
    if (command != F_SETLK && command != F_SETLKW && command != F_GETLK) {
        const int value = va_arg(args, int); // F_GETFD, F_SETFD and the like take an int
        va_end(args);
        return ::fcntl(fd, command, value);
    }
    auto* request = va_arg(args, struct flock*);
    va_end(args);
    const int own = lockDescriptorFor(fd);
    if (own < 0)
        return ::fcntl(fd, command, request); // cannot happen on Linux; keep SQLite's own behaviour
    struct flock ofd = *request;
    ofd.l_pid = 0; // required for OFD locks
    const int ofdCommand = command == F_SETLK ? F_OFD_SETLK : command == F_SETLKW ? F_OFD_SETLKW : F_OFD_GETLK;
    const int rc = ::fcntl(own, ofdCommand, &ofd);
    if (rc == 0 && command == F_GETLK)
        *request = ofd; // SQLite reads only l_type
    return rc;
}

} // namespace

void installProcessSafeFileLocks()
{
    static const bool installed = [] {
        sqlite3_vfs* vfs = sqlite3_vfs_find("unix");
        if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall)
            return false;
        // The table is shared by every unix VFS (unix, unix-excl, unix-none, ...).
        g_open = reinterpret_cast<OpenCall>(vfs->xGetSystemCall(vfs, "open"));
        g_close = reinterpret_cast<CloseCall>(vfs->xGetSystemCall(vfs, "close"));
        if (!g_open || !g_close)
            return false;
        vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&lockedOpen));
        vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&lockedClose));
        vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&lockedFcntl));
        return true;
    }();
    (void)installed;
}

} // namespace hukou::core
