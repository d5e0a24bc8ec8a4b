#include "password.h"

#include <QCoreApplication>

#include <sodium.h>

namespace hukou::core::password {

namespace {
constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19U * 1024U * 1024U;
} // namespace

Result<QString> hash(const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit,
                                     kMemLimit);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    if (rc != 0)
        return fail(ErrorCode::Failed,
                    QCoreApplication::translate("hukou::core::password", "not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    const QByteArray h = storedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return ok;
}

} // namespace hukou::core::password
