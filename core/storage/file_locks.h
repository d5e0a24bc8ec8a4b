#pragma once

namespace hukou::core {

// Makes SQLite's file locks in this process survive other code opening and closing the same files.
//
// SQLite's unix VFS locks with POSIX record locks (fcntl F_SETLK), which belong to the process:
// any close() of any descriptor of the file, by any code of the process, drops all of them. A Qt
// file dialog sniffing the types of the files in the database's folder (-wal and -shm have no
// extension, so their first bytes are read) is enough. The next hukouctl then believes it is the
// database's last user, checkpoints and deletes -wal and -shm under the GUI: later writes are lost
// and the file is corrupted (issue 12).
//
// The cure is at the root, below every caller: SQLite's system call table is pointed at wrappers
// that take the same locks as open file description locks (F_OFD_SETLK, Linux 3.15) on one
// descriptor per file that this module opens itself and nobody else knows, so no other close() can
// touch them. With one lock descriptor per file, the locks of all connections of the process
// share one owner, exactly as POSIX locks share the process: SQLite's own bookkeeping of locks
// between its connections stays right. OFD locks and POSIX locks conflict with each other across
// processes, so the sqlite3 shell and older builds still see them. The lock descriptor closes when
// SQLite closes its last descriptor of the file, which releases its locks as close() would have.
//
// Called once, before the first database is opened (Database::open does it).
void installProcessSafeFileLocks();

} // namespace hukou::core
