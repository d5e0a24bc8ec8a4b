#include "registry_service.h"

#include "../clock.h"
#include "../domain/districts.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"
#include "person_store.h"

namespace hukou::core {

namespace {

const QString kHead = QStringLiteral("户主");

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

} // namespace

QJsonObject RegistryService::image(const Person& p)
{
    QJsonObject o;
    for (const auto& s : PersonFields::all())
        o.insert(s.key, PersonFields::value(p, s.field));
    o.insert(QStringLiteral("uuid"), p.uuid);
    o.insert(QStringLiteral("status"), statusKey(p.status));
    o.insert(QStringLiteral("status_reason"), p.statusReason);
    o.insert(QStringLiteral("status_date"), iso(p.statusDate));
    o.insert(QStringLiteral("version"), p.version);
    return o;
}

QJsonObject RegistryService::image(const Household& h)
{
    return QJsonObject{{QStringLiteral("uuid"), h.uuid},
                       {QStringLiteral("number"), h.number},
                       {QStringLiteral("kind"), householdKindKey(h.kind)},
                       {QStringLiteral("district"), h.district},
                       {QStringLiteral("address"), h.address},
                       {QStringLiteral("head_id"), h.headId},
                       {QStringLiteral("active"), h.active},
                       {QStringLiteral("version"), h.version}};
}

Result<Person> RegistryService::load(const QString& citizenId) const
{
    PersonStore store(m_ws.db());
    auto p = store.byCitizenId(citizenId.trimmed().toUpper());
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return fail(ErrorCode::NotFound, tr("no person with citizen ID %1 is registered").arg(citizenId),
                    QStringLiteral("citizen_id"));
    return **p;
}

Result<Person> RegistryService::find(const Actor& actor, const QString& citizenId) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    return load(citizenId);
}

Result<PersonDetail> RegistryService::detail(const Actor& actor, qint64 personId) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    PersonStore store(m_ws.db());
    auto p = store.byId(personId);
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return fail(ErrorCode::NotFound, tr("the person record %1 does not exist").arg(personId));
    PersonDetail d;
    d.person = **p;
    if (d.person.householdId) {
        auto h = store.householdById(d.person.householdId);
        if (!h)
            return std::unexpected(h.error());
        d.household = *h;
        auto m = store.members(d.person.householdId);
        if (!m)
            return std::unexpected(m.error());
        d.members = std::move(*m);
    }
    // The record's own entries, and the bulk entry (an import) that created it.
    auto h = m_ws.journal().history(QStringLiteral("person"), d.person.uuid);
    if (!h)
        return std::unexpected(h.error());
    d.history = std::move(*h);
    if (d.history.empty() || d.history.front().seq != d.person.createdSeq) {
        auto bulk = m_ws.journal().entry(d.person.createdSeq);
        if (!bulk)
            return std::unexpected(bulk.error());
        if (*bulk)
            d.history.insert(d.history.begin(), **bulk);
    }
    return d;
}

Result<std::optional<Household>> RegistryService::household(const Actor& actor, const QString& number) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    return PersonStore(m_ws.db()).householdByNumber(number.trimmed());
}

Result<std::vector<Person>> RegistryService::possibleDuplicates(const Actor& actor, const QString& name,
                                                                const QDate& birthDate,
                                                                const QString& exceptCitizenId) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    auto same = PersonStore(m_ws.db()).sameNameAndBirth(name, birthDate);
    if (!same)
        return std::unexpected(same.error());
    std::vector<Person> out;
    for (auto& p : *same)
        if (p.citizenId != exceptCitizenId)
            out.push_back(std::move(p));
    return out;
}

Status RegistryService::checkHeadRules(qint64 householdId) const
{
    auto counts = PersonStore(m_ws.db()).memberAndHeadCount(householdId);
    if (!counts)
        return std::unexpected(counts.error());
    const auto [members, heads] = *counts;
    // A public collective household (公共集体户) has no head among its members: the desk keeps it.
    auto kind = PersonStore(m_ws.db()).householdById(householdId);
    if (!kind)
        return std::unexpected(kind.error());
    const bool headless = *kind && (*kind)->kind == HouseholdKind::PublicCollective;
    if (members > 0 && heads == 0 && !headless)
        return fail(ErrorCode::Invalid, tr("the household would have no head (户主); make another member the head "
                                           "first"),
                    QStringLiteral("relation"));
    if (heads > 1)
        return fail(ErrorCode::Invalid, tr("the household already has a head (户主); a household has exactly one"),
                    QStringLiteral("relation"));
    return {};
}

Result<Person> RegistryService::save(const Actor& actor, const Person& before, Person after, const QString& action,
                                     const QString& reason) const
{
    PersonStore store(m_ws.db());
    after.updatedAt = m_ws.clock().now();
    if (auto r = store.updatePerson(before, after); !r)
        return std::unexpected(r.error());
    for (qint64 hid : {before.householdId, after.householdId}) {
        if (!hid)
            continue;
        if (auto r = checkHeadRules(hid); !r)
            return std::unexpected(r.error());
        // Keep the household's head pointer in step.
        auto h = store.householdById(hid);
        if (!h || !*h)
            return fail(ErrorCode::Failed, tr("household %1 is missing").arg(hid));
        auto headId = store.activeHeadId(hid);
        if (!headId)
            return std::unexpected(headId.error());
        if ((*h)->headId != *headId) {
            Household changed = **h;
            changed.headId = *headId;
            changed.updatedAt = m_ws.clock().now();
            if (auto r = store.updateHousehold(**h, changed); !r)
                return std::unexpected(r.error());
        }
    }
    auto fresh = store.byId(before.id);
    if (!fresh || !*fresh)
        return fail(ErrorCode::Failed, tr("the person record vanished while saving"));
    JournalChange change{action, QStringLiteral("person"), before.uuid, (*fresh)->version, image(before),
                         image(**fresh), reason};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return **fresh;
}

Result<Person> RegistryService::registerPerson(const Actor& actor, const FieldValues& values,
                                               const QString& reason, bool acceptPossibleDuplicate) const
{
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto p = registerPersonIn(*tx, actor, values, reason, acceptPossibleDuplicate);
    if (!p)
        return p;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return p;
}

Result<Person> RegistryService::registerPersonIn(const Transaction&, const Actor& actor, const FieldValues& values,
                                                 const QString& reason, bool acceptPossibleDuplicate) const
{
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    const QDate today = m_ws.clock().now().toLocalTime().date();
    auto built = PersonFields::build(values, today);
    if (!built)
        return std::unexpected(built.error());
    Person p = *built;

    PersonStore store(m_ws.db());
    auto exists = store.byCitizenId(p.citizenId);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return fail(ErrorCode::Conflict,
                    tr("citizen ID %1 is already registered to %2").arg(p.citizenId, (*exists)->name),
                    QStringLiteral("citizen_id"));
    if (!acceptPossibleDuplicate) {
        auto dup = store.sameNameAndBirth(p.name, p.birthDate);
        if (!dup)
            return std::unexpected(dup.error());
        if (!dup->empty())
            return fail(ErrorCode::Conflict,
                        tr("possible duplicate: %1, born %2, is already registered under citizen ID %3; confirm "
                           "that this is a different person")
                            .arg(p.name, p.birthDate.toString(Qt::ISODate), dup->front().citizenId),
                        QStringLiteral("name"));
    }
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    const QDateTime now = m_ws.clock().now();

    auto hh = store.householdByNumber(p.householdNumber);
    if (!hh)
        return std::unexpected(hh.error());
    Household household;
    if (*hh) {
        household = **hh;
        if (household.district != p.district || household.address != p.address)
            return fail(ErrorCode::Invalid,
                        tr("household %1 is registered at %2 %3; the address given differs")
                            .arg(household.number, Districts::byCode(household.district)->name, household.address),
                        QStringLiteral("address"));
    } else {
        if (p.relation != kHead)
            return fail(ErrorCode::Invalid,
                        tr("household %1 does not exist yet; register its head (户主) first").arg(p.householdNumber),
                        QStringLiteral("relation"));
        household.uuid = newUuidV7(now);
        household.number = p.householdNumber;
        household.district = p.district;
        household.address = p.address;
        household.version = 1;
        household.createdSeq = *seq;
        household.updatedAt = now;
        if (auto r = store.insertHousehold(household); !r)
            return std::unexpected(r.error());
    }
    p.uuid = newUuidV7(now);
    p.householdId = household.id;
    p.version = 1;
    p.createdSeq = *seq;
    p.updatedAt = now;
    p.originDevice = m_ws.deviceId();
    if (auto r = store.insertPerson(p); !r)
        return std::unexpected(r.error());
    if (auto r = checkHeadRules(household.id); !r)
        return std::unexpected(r.error());
    if (p.relation == kHead) {
        Household withHead = household;
        withHead.headId = p.id;
        if (auto r = store.updateHousehold(household, withHead); !r)
            return std::unexpected(r.error());
    }
    JournalChange change{QStringLiteral("person.register"), QStringLiteral("person"), p.uuid, 1, {}, image(p), reason};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return load(p.citizenId);
}

Result<Person> RegistryService::correct(const Actor& actor, const QString& citizenId,
                                        const QHash<PersonField, QString>& changes, const QString& reason,
                                        std::optional<qint64> expectedVersion) const
{
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto saved = correctIn(*tx, actor, citizenId, changes, reason, expectedVersion);
    if (!saved)
        return saved;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return saved;
}

Result<Person> RegistryService::correctIn(const Transaction&, const Actor& actor, const QString& citizenId,
                                          const QHash<PersonField, QString>& changes, const QString& reason,
                                          std::optional<qint64> expectedVersion) const
{
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("a correction needs a reason"), QStringLiteral("reason"));
    if (changes.isEmpty())
        return fail(ErrorCode::Invalid, tr("nothing to change"));
    const QDate today = m_ws.clock().now().toLocalTime().date();
    PersonStore store(m_ws.db());
    auto before = load(citizenId);
    if (!before)
        return std::unexpected(before.error());
    if (expectedVersion && *expectedVersion != before->version)
        return fail(ErrorCode::Conflict,
                    tr("%1 (%2) was changed by someone else since you opened the record; reload it and apply your "
                       "correction again")
                        .arg(before->name, before->citizenId));
    Person after = *before;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const PersonField f = it.key();
        if (f == PersonField::District || f == PersonField::Address)
            return fail(ErrorCode::Invalid,
                        tr("the district and address belong to the household: move the person to another "
                           "household (household_number) instead"),
                        PersonFields::spec(f).key);
        if (f == PersonField::FormerNature && it.value().trimmed().isEmpty() && !before->formerNature.isEmpty())
            return fail(ErrorCode::Invalid, tr("the former nature, once recorded, is kept"), PersonFields::spec(f).key);
        auto v = PersonFields::normalize(f, it.value(), today);
        if (!v)
            return std::unexpected(v.error());
        if (f == PersonField::HouseholdNumber) {
            auto target = store.householdByNumber(*v);
            if (!target)
                return std::unexpected(target.error());
            if (!*target)
                return fail(ErrorCode::NotFound, tr("there is no household %1").arg(*v),
                            PersonFields::spec(f).key);
            after.householdId = (*target)->id;
            after.householdNumber = (*target)->number;
            after.district = (*target)->district;
            after.address = (*target)->address;
            continue;
        }
        PersonFields::assign(after, f, *v);
    }
    // The corrected card must still hold together (sex and birth date against the ID, ...).
    if (auto r = PersonFields::build(PersonFields::values(after), today); !r)
        return std::unexpected(r.error());
    if (after.citizenId != before->citizenId) {
        auto taken = store.citizenIdExists(after.citizenId);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return fail(ErrorCode::Conflict, tr("citizen ID %1 is already registered").arg(after.citizenId),
                        QStringLiteral("citizen_id"));
    }
    return save(actor, *before, after, QStringLiteral("person.update"), reason.trimmed());
}

Result<Person> RegistryService::setStatus(const Actor& actor, const QString& citizenId, PersonStatus status,
                                          const QString& reason, const QDate& date,
                                          std::optional<qint64> expectedVersion) const
{
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("a status change needs a reason"), QStringLiteral("reason"));
    const QDate today = m_ws.clock().now().toLocalTime().date();
    if (!date.isValid() || date > today)
        return fail(ErrorCode::Invalid, tr("the date must be given and not in the future"), QStringLiteral("date"));
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto before = load(citizenId);
    if (!before)
        return std::unexpected(before.error());
    if (expectedVersion && *expectedVersion != before->version)
        return fail(ErrorCode::Conflict,
                    tr("%1 (%2) was changed by someone else since you opened the record; reload it and try again")
                        .arg(before->name, before->citizenId));
    if (before->status == status)
        return fail(ErrorCode::Invalid, tr("%1 is already %2").arg(before->name, statusLabel(status)));
    Person after = *before;
    after.status = status;
    after.statusReason = reason.trimmed();
    after.statusDate = date;
    const QString action = QStringLiteral("person.status.") + statusKey(status);
    auto saved = save(actor, *before, after, action, reason.trimmed());
    if (!saved)
        return saved;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return saved;
}

Result<Household> RegistryService::createHousehold(const Actor& actor, const QString& number, HouseholdKind kind,
                                                   const QString& district, const QString& address) const
{
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto h = createHouseholdIn(*tx, actor, number, kind, district, address);
    if (!h)
        return h;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return h;
}

Result<Household> RegistryService::createHouseholdIn(const Transaction&, const Actor& actor, const QString& number,
                                                     HouseholdKind kind, const QString& district,
                                                     const QString& address) const
{
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    const QDate today = m_ws.clock().now().toLocalTime().date();
    auto n = PersonFields::normalize(PersonField::HouseholdNumber, number, today);
    if (!n)
        return std::unexpected(n.error());
    if (n->isEmpty())
        return fail(ErrorCode::Invalid, tr("a household needs a number"), QStringLiteral("household_number"));
    auto d = PersonFields::normalize(PersonField::District, district, today);
    if (!d)
        return std::unexpected(d.error());
    auto a = PersonFields::normalize(PersonField::Address, address, today);
    if (!a)
        return std::unexpected(a.error());
    if (d->isEmpty() || a->isEmpty())
        return fail(ErrorCode::Invalid, tr("a household needs a district and an address"), QStringLiteral("address"));
    PersonStore store(m_ws.db());
    auto taken = store.householdByNumber(*n);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(ErrorCode::Conflict, tr("household number %1 is already taken").arg(*n),
                    QStringLiteral("household_number"));
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    Household h;
    h.uuid = newUuidV7(m_ws.clock().now());
    h.number = *n;
    h.kind = kind;
    h.district = *d;
    h.address = *a;
    h.version = 1;
    h.createdSeq = *seq;
    h.updatedAt = m_ws.clock().now();
    if (auto r = store.insertHousehold(h); !r)
        return std::unexpected(r.error());
    JournalChange change{QStringLiteral("household.create"), QStringLiteral("household"), h.uuid, 1, {}, image(h), {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return h;
}

Result<Household> RegistryService::changeHead(const Actor& actor, const QString& householdNumber,
                                              const QString& newHeadCitizenId, const QString& formerHeadRelation,
                                              const QString& reason) const
{
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("a change of head needs a reason"), QStringLiteral("reason"));
    const QDate today = m_ws.clock().now().toLocalTime().date();
    auto rel = PersonFields::normalize(PersonField::Relation, formerHeadRelation, today);
    if (!rel)
        return std::unexpected(rel.error());
    if (*rel == kHead || rel->isEmpty())
        return fail(ErrorCode::Invalid, tr("give the former head's new relation to the new head"),
                    QStringLiteral("relation"));
    PersonStore store(m_ws.db());
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto hh = store.householdByNumber(householdNumber.trimmed());
    if (!hh)
        return std::unexpected(hh.error());
    if (!*hh)
        return fail(ErrorCode::NotFound, tr("there is no household %1").arg(householdNumber),
                    QStringLiteral("household_number"));
    auto newHead = load(newHeadCitizenId);
    if (!newHead)
        return std::unexpected(newHead.error());
    if (newHead->householdId != (*hh)->id || newHead->status != PersonStatus::Active)
        return fail(ErrorCode::Invalid,
                    tr("%1 is not an active member of household %2").arg(newHead->name, (*hh)->number),
                    QStringLiteral("citizen_id"));
    // Demote the old head first (the household is briefly headless inside the transaction).
    if ((*hh)->headId && (*hh)->headId != newHead->id) {
        auto old = store.byId((*hh)->headId);
        if (!old || !*old)
            return fail(ErrorCode::Failed, tr("the current head's record is missing"));
        Person demoted = **old;
        demoted.relation = *rel;
        demoted.updatedAt = m_ws.clock().now();
        if (auto r = store.updatePerson(**old, demoted); !r)
            return std::unexpected(r.error());
        auto after = store.byId(demoted.id);
        JournalChange c{QStringLiteral("person.update"), QStringLiteral("person"), demoted.uuid, demoted.version,
                        image(**old), image(**after), reason.trimmed()};
        if (auto r = m_ws.journal().append(actor.login, c); !r)
            return std::unexpected(r.error());
    }
    Person promoted = *newHead;
    promoted.relation = kHead;
    auto saved = save(actor, *newHead, promoted, QStringLiteral("household.change_head"), reason.trimmed());
    if (!saved)
        return std::unexpected(saved.error());
    auto fresh = store.householdById((*hh)->id);
    if (!fresh || !*fresh)
        return fail(ErrorCode::Failed, tr("household %1 is missing").arg((*hh)->number));
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return **fresh;
}

} // namespace hukou::core
