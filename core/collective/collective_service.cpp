#include "collective_service.h"

#include "../clock.h"
#include "../domain/districts.h"
#include "../registry/person_search.h"
#include "../registry/person_store.h"
#include "../registry/registry_service.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"
#include "collective_store.h"

namespace hukou::core {

namespace {

const QString kHead = QStringLiteral("户主");
const QString kMemberRelation = QStringLiteral("非亲属");
const QString kOtherRelation = QStringLiteral("其他");
constexpr int kMaxCapacity = 100000;

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

} // namespace

const PageLoan* CollectiveStatus::openLoan() const
{
    for (const PageLoan& l : loans)
        if (l.open())
            return &l;
    return nullptr;
}

QDate CollectiveService::today() const
{
    return m_ws.clock().now().toLocalTime().date();
}

QJsonObject CollectiveService::image(const CollectiveHousehold& c)
{
    return QJsonObject{{QStringLiteral("uuid"), c.uuid},         {QStringLiteral("number"), c.number},
                       {QStringLiteral("district"), c.district}, {QStringLiteral("address"), c.address},
                       {QStringLiteral("name"), c.name},         {QStringLiteral("street"), c.street},
                       {QStringLiteral("capacity"), c.capacity}, {QStringLiteral("manager"), c.manager},
                       {QStringLiteral("officer"), c.officer},   {QStringLiteral("version"), c.version}};
}

QJsonObject CollectiveService::image(const CollectiveMembership& m)
{
    return QJsonObject{{QStringLiteral("uuid"), m.uuid},
                       {QStringLiteral("citizen_id"), m.citizenId},
                       {QStringLiteral("collective"), m.collectiveNumber},
                       {QStringLiteral("reason"), CollectiveVocabulary::key(m.reason)},
                       {QStringLiteral("documents"), m.documents},
                       {QStringLiteral("enrolled_on"), iso(m.enrolledOn)},
                       {QStringLiteral("previous_household"), m.previousHouseholdNumber},
                       {QStringLiteral("officer"), m.officer},
                       {QStringLiteral("left_on"), iso(m.leftOn)},
                       {QStringLiteral("leave_reason"),
                        m.leaveReason ? CollectiveVocabulary::key(*m.leaveReason) : QString(QLatin1String(""))},
                       {QStringLiteral("destination"), m.destination},
                       {QStringLiteral("left_officer"), m.leftOfficer},
                       {QStringLiteral("owns_home_in_city"), m.ownsHomeInCity},
                       {QStringLiteral("version"), m.version}};
}

QJsonObject CollectiveService::image(const PageLoan& l)
{
    return QJsonObject{{QStringLiteral("uuid"), l.uuid},
                       {QStringLiteral("loan"), l.number},
                       {QStringLiteral("citizen_id"), l.citizenId},
                       {QStringLiteral("collective"), l.collectiveNumber},
                       {QStringLiteral("purpose"), l.purpose},
                       {QStringLiteral("lent_on"), iso(l.lentOn)},
                       {QStringLiteral("due_on"), iso(l.dueOn)},
                       {QStringLiteral("returned_on"), iso(l.returnedOn)},
                       {QStringLiteral("officer"), l.officer},
                       {QStringLiteral("return_officer"), l.returnOfficer},
                       {QStringLiteral("version"), l.version}};
}

Result<Person> CollectiveService::loadPerson(const QString& citizenId) const
{
    const QString id = citizenId.trimmed().toUpper();
    if (id.isEmpty())
        return fail(ErrorCode::Invalid, tr("give a citizen ID"), QStringLiteral("citizen_id"));
    auto p = PersonStore(m_ws.db()).byCitizenId(id);
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return fail(ErrorCode::NotFound, tr("no person with citizen ID %1 is registered").arg(id),
                    QStringLiteral("citizen_id"));
    return **p;
}

Result<CollectiveHousehold> CollectiveService::loadCollective(const QString& number) const
{
    auto c = CollectiveStore(m_ws.db()).collectiveByNumber(number.trimmed().toUpper());
    if (!c)
        return std::unexpected(c.error());
    if (!*c)
        return fail(ErrorCode::NotFound, tr("there is no public collective household %1").arg(number.trimmed()),
                    QStringLiteral("collective"));
    return **c;
}

Status CollectiveService::journalPerson(const Actor& actor, const QString& action, const Person& before,
                                        const Person& after, const QString& reason) const
{
    auto fresh = PersonStore(m_ws.db()).byId(after.id);
    if (!fresh)
        return std::unexpected(fresh.error());
    if (!*fresh)
        return fail(ErrorCode::Failed, tr("the person record vanished while saving"));
    JournalChange change{action,
                         QStringLiteral("person"),
                         after.uuid,
                         (*fresh)->version,
                         before.id ? RegistryService::image(before) : QJsonObject{},
                         RegistryService::image(**fresh),
                         reason};
    auto r = m_ws.journal().append(actor.login, change);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status CollectiveService::settleHousehold(qint64 householdId) const
{
    if (!householdId)
        return {};
    PersonStore store(m_ws.db());
    auto h = store.householdById(householdId);
    if (!h)
        return std::unexpected(h.error());
    if (!*h)
        return fail(ErrorCode::Failed, tr("household %1 is missing").arg(householdId));
    auto counts = store.memberAndHeadCount(householdId);
    if (!counts)
        return std::unexpected(counts.error());
    const auto [members, heads] = *counts;
    if ((*h)->kind != HouseholdKind::PublicCollective && members > 0 && heads == 0)
        return fail(ErrorCode::Invalid,
                    tr("household %1 would be left without a head (户主) while %n member(s) remain: make another "
                       "member the head first",
                       "", static_cast<int>(members))
                        .arg((*h)->number),
                    QStringLiteral("relation"));
    if (heads > 1)
        return fail(ErrorCode::Invalid,
                    tr("household %1 already has a head (户主); a household has exactly one").arg((*h)->number),
                    QStringLiteral("relation"));
    auto headId = store.activeHeadId(householdId);
    if (!headId)
        return std::unexpected(headId.error());
    if ((*h)->headId != *headId) {
        Household changed = **h;
        changed.headId = *headId;
        changed.updatedAt = m_ws.clock().now();
        if (auto r = store.updateHousehold(**h, changed); !r)
            return r;
    }
    return {};
}

Result<CollectiveHousehold> CollectiveService::create(const Actor& actor, const NewCollective& spec) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    const auto district = Districts::findCurrent(spec.district.trimmed());
    if (!district)
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a current Guangzhou district code or name").arg(spec.district),
                    QStringLiteral("district"));
    const QString name = spec.name.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return fail(ErrorCode::Invalid, tr("a collective household needs a name of at most 100 characters"),
                    QStringLiteral("name"));
    auto address = PersonFields::normalize(PersonField::Address, spec.address, today());
    if (!address)
        return std::unexpected(address.error());
    if (address->isEmpty())
        return fail(ErrorCode::Invalid, tr("a collective household needs an address"), QStringLiteral("address"));
    if (spec.capacity < 1 || spec.capacity > kMaxCapacity)
        return fail(ErrorCode::Invalid, tr("the capacity must be between 1 and %1").arg(kMaxCapacity),
                    QStringLiteral("capacity"));

    const Database& db = m_ws.db();
    PersonStore persons(db);
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto last = store.lastSequence(district->code);
    if (!last)
        return std::unexpected(last.error());
    if (*last >= 9999)
        return fail(ErrorCode::Failed, tr("district %1 has used all collective household numbers").arg(district->name));
    const QDateTime now = m_ws.clock().now();
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    Household h;
    h.uuid = newUuidV7(now);
    h.number = district->code + QStringLiteral("JT") + QStringLiteral("%1").arg(*last + 1, 4, 10, QLatin1Char('0'));
    h.kind = HouseholdKind::PublicCollective;
    h.district = district->code;
    h.address = *address;
    h.version = 1;
    h.createdSeq = *seq;
    h.updatedAt = now;
    if (auto r = persons.insertHousehold(h); !r)
        return std::unexpected(r.error());
    JournalChange hc{QStringLiteral("household.create"), QStringLiteral("household"), h.uuid, 1, {},
                     RegistryService::image(h), name};
    if (auto r = m_ws.journal().append(actor.login, hc); !r)
        return std::unexpected(r.error());

    CollectiveHousehold c;
    c.uuid = newUuidV7(now);
    c.householdId = h.id;
    c.number = h.number;
    c.district = h.district;
    c.address = h.address;
    c.name = name;
    c.street = spec.street.trimmed();
    c.capacity = spec.capacity;
    c.manager = spec.manager.trimmed();
    c.officer = actor.login;
    c.version = 1;
    c.createdAt = now;
    auto seq2 = m_ws.journal().nextSeq();
    if (!seq2)
        return std::unexpected(seq2.error());
    c.createdSeq = *seq2;
    if (auto r = store.insertCollective(c); !r)
        return std::unexpected(r.error());
    JournalChange cc{QStringLiteral("collective.create"), QStringLiteral("collective_household"), c.uuid, 1, {},
                     image(c), {}};
    if (auto r = m_ws.journal().append(actor.login, cc); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return c;
}

Result<CollectiveMembership> CollectiveService::enrollLocked(const Actor& actor, const Person& person,
                                                             const CollectiveHousehold& collective,
                                                             EnrollReason reason, const QString& documents) const
{
    const Database& db = m_ws.db();
    PersonStore persons(db);
    CollectiveStore store(db);
    if (person.status != PersonStatus::Active)
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) is %3 and cannot be enrolled").arg(person.name, person.citizenId, statusLabel(person.status)),
                    QStringLiteral("citizen_id"));
    auto current = store.currentMembership(person.id);
    if (!current)
        return std::unexpected(current.error());
    if (*current && (*current)->collectiveId == collective.id)
        return fail(ErrorCode::Conflict,
                    tr("%1 (%2) is already a member of %3 (%4)")
                        .arg(person.name, person.citizenId, collective.name, collective.number),
                    QStringLiteral("citizen_id"));
    auto count = store.currentMemberCount(collective.id);
    if (!count)
        return std::unexpected(count.error());
    if (*count >= collective.capacity)
        return fail(ErrorCode::Failed,
                    tr("%1 (%2) is full: %3 of %4 places taken")
                        .arg(collective.name, collective.number)
                        .arg(*count)
                        .arg(collective.capacity),
                    QStringLiteral("collective"));
    const QDate day = today();
    // A person is in at most one collective household: end the previous membership.
    if (*current) {
        CollectiveMembership ended = **current;
        ended.leftOn = day;
        ended.leaveReason = LeaveReason::Transferred;
        ended.destination = collective.number + QLatin1Char(' ') + collective.name;
        ended.leftOfficer = actor.login;
        if (auto r = store.updateMembership(**current, ended); !r)
            return std::unexpected(r.error());
        JournalChange c{QStringLiteral("collective.leave"), QStringLiteral("collective_membership"), ended.uuid,
                        ended.version, image(**current), image(ended), CollectiveVocabulary::key(LeaveReason::Transferred)};
        if (auto r = m_ws.journal().append(actor.login, c); !r)
            return std::unexpected(r.error());
    }
    // ... and in at most one household: move the card into the collective household.
    const qint64 previousHousehold = person.householdId;
    if (person.householdId != collective.householdId) {
        Person after = person;
        after.householdId = collective.householdId;
        after.householdNumber = collective.number;
        after.district = collective.district;
        after.address = collective.address;
        after.relation = kMemberRelation;
        after.updatedAt = m_ws.clock().now();
        if (auto r = persons.updatePerson(person, after); !r)
            return std::unexpected(r.error());
        if (auto r = settleHousehold(previousHousehold); !r)
            return std::unexpected(r.error());
        if (auto r = journalPerson(actor, QStringLiteral("collective.enroll"), person, after,
                                   CollectiveVocabulary::key(reason));
            !r)
            return std::unexpected(r.error());
    }
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    CollectiveMembership m;
    m.uuid = newUuidV7(m_ws.clock().now());
    m.personId = person.id;
    m.citizenId = person.citizenId;
    m.personName = person.name;
    m.collectiveId = collective.id;
    m.collectiveNumber = collective.number;
    m.collectiveName = collective.name;
    m.reason = reason;
    m.documents = documents.trimmed();
    m.enrolledOn = day;
    m.previousHouseholdId = previousHousehold != collective.householdId ? previousHousehold : 0;
    if (m.previousHouseholdId) {
        auto prev = persons.householdById(m.previousHouseholdId);
        if (prev && *prev)
            m.previousHouseholdNumber = (*prev)->number;
    }
    m.officer = actor.login;
    m.version = 1;
    m.createdSeq = *seq;
    if (auto r = store.insertMembership(m); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, tr("%1 (%2) is already a member of a collective household")
                                                 .arg(person.name, person.citizenId));
        return std::unexpected(r.error());
    }
    JournalChange c{QStringLiteral("collective.enroll"), QStringLiteral("collective_membership"), m.uuid, 1, {},
                    image(m), CollectiveVocabulary::key(reason)};
    if (auto r = m_ws.journal().append(actor.login, c); !r)
        return std::unexpected(r.error());
    return m;
}

Result<CollectiveMembership> CollectiveService::enroll(const Actor& actor, const QString& citizenId,
                                                       const QString& collectiveNumber, EnrollReason reason,
                                                       const QString& documents) const
{
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto m = enrollIn(*tx, actor, citizenId, collectiveNumber, reason, documents);
    if (!m)
        return m;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return m;
}

Result<CollectiveMembership> CollectiveService::enrollIn(const Transaction&, const Actor& actor,
                                                         const QString& citizenId, const QString& collectiveNumber,
                                                         EnrollReason reason, const QString& documents) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    if (documents.size() > 500)
        return fail(ErrorCode::Invalid, tr("the list of documents seen is too long (at most 500 characters)"),
                    QStringLiteral("documents"));
    auto collective = loadCollective(collectiveNumber);
    if (!collective)
        return std::unexpected(collective.error());
    auto person = loadPerson(citizenId);
    if (!person)
        return std::unexpected(person.error());
    return enrollLocked(actor, *person, *collective, reason, documents);
}

Result<CollectiveMembership> CollectiveService::registerNewborn(const Actor& actor, const QString& parentCitizenId,
                                                                FieldValues child, const QString& documents,
                                                                const QString& otherParentCitizenId) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    const Database& db = m_ws.db();
    PersonStore persons(db);
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto parent = loadPerson(parentCitizenId);
    if (!parent)
        return std::unexpected(parent.error());
    auto membership = store.currentMembership(parent->id);
    if (!membership)
        return std::unexpected(membership.error());
    if (!*membership)
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) is not a member of a public collective household").arg(parent->name, parent->citizenId),
                    QStringLiteral("parent"));
    if (!otherParentCitizenId.trimmed().isEmpty()) {
        auto other = loadPerson(otherParentCitizenId);
        if (!other)
            return std::unexpected(other.error());
        if (other->status == PersonStatus::Active && other->householdId) {
            auto h = persons.householdById(other->householdId);
            if (!h)
                return std::unexpected(h.error());
            if (*h && (*h)->kind == HouseholdKind::Family)
                return fail(ErrorCode::Invalid,
                            tr("the other parent, %1, has the family household %2 in the city: the child is "
                               "registered there")
                                .arg(other->name, (*h)->number),
                            QStringLiteral("other_parent"));
        }
    }
    auto collective = store.collectiveById((*membership)->collectiveId);
    if (!collective || !*collective)
        return fail(ErrorCode::Failed, tr("the parent's collective household is missing"));
    auto m = registerIn(*tx, actor, std::move(child), (*collective)->number, EnrollReason::Child, documents,
                        tr("newborn of %1 (%2)").arg(parent->name, parent->citizenId));
    if (!m)
        return m;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return m;
}

Result<CollectiveMembership> CollectiveService::registerIn(const Transaction&, const Actor& actor, FieldValues values,
                                                           const QString& collectiveNumber, EnrollReason reason,
                                                           const QString& documents, const QString& why) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    PersonStore persons(m_ws.db());
    auto collective = loadCollective(collectiveNumber);
    if (!collective)
        return std::unexpected(collective.error());
    values.set(PersonField::HouseholdNumber, collective->number);
    values.set(PersonField::District, collective->district);
    values.set(PersonField::Address, collective->address);
    if (values.get(PersonField::Relation).trimmed().isEmpty())
        values.set(PersonField::Relation, kMemberRelation);
    if (values.get(PersonField::HukouNature).trimmed().isEmpty())
        values.set(PersonField::HukouNature, PersonFields::residentNature());
    auto built = PersonFields::build(values, today());
    if (!built)
        return std::unexpected(built.error());
    Person p = *built;
    if (p.relation == kHead)
        return fail(ErrorCode::Invalid, tr("a public collective household has no head (户主)"),
                    QStringLiteral("relation"));
    auto taken = persons.citizenIdExists(p.citizenId);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(ErrorCode::Conflict, tr("citizen ID %1 is already registered").arg(p.citizenId),
                    QStringLiteral("citizen_id"));
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    const QDateTime now = m_ws.clock().now();
    p.uuid = newUuidV7(now);
    p.householdId = collective->householdId;
    p.version = 1;
    p.createdSeq = *seq;
    p.updatedAt = now;
    p.originDevice = m_ws.deviceId();
    if (auto r = persons.insertPerson(p); !r)
        return std::unexpected(r.error());
    if (auto r = journalPerson(actor, QStringLiteral("person.register"), Person{}, p, why); !r)
        return std::unexpected(r.error());
    return enrollLocked(actor, p, *collective, reason, documents);
}

Result<CollectiveMembership> CollectiveService::leave(const Actor& actor, const QString& citizenId,
                                                      LeaveReason reason, const QString& destination) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    if (reason == LeaveReason::Transferred)
        return fail(ErrorCode::Invalid, tr("to move a member to another collective household, enroll them there"),
                    QStringLiteral("reason"));
    const QString dest = destination.trimmed();
    if (dest.size() > 200)
        return fail(ErrorCode::Invalid, tr("the destination is too long (at most 200 characters)"),
                    QStringLiteral("destination"));
    const Database& db = m_ws.db();
    PersonStore persons(db);
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto person = loadPerson(citizenId);
    if (!person)
        return std::unexpected(person.error());
    auto current = store.currentMembership(person->id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) is not a member of any public collective household").arg(person->name, person->citizenId),
                    QStringLiteral("citizen_id"));
    auto loan = store.openLoan(person->id);
    if (!loan)
        return std::unexpected(loan.error());
    if (*loan)
        return fail(ErrorCode::Conflict,
                    tr("the register page of %1 is still out on loan %2 (due %3): it must be returned first")
                        .arg(person->name, (*loan)->number, iso((*loan)->dueOn)),
                    QStringLiteral("loan"));
    const QDate day = today();
    Person after = *person;
    after.updatedAt = m_ws.clock().now();
    std::optional<Household> target;
    const bool needsHousehold = reason == LeaveReason::BoughtHome || reason == LeaveReason::JoinedRelative;
    if ((needsHousehold || reason == LeaveReason::Other) && !dest.isEmpty()) {
        auto h = persons.householdByNumber(dest);
        if (!h)
            return std::unexpected(h.error());
        target = *h;
    }
    if (needsHousehold && !target)
        return fail(ErrorCode::Invalid,
                    tr("give the number of the household %1 moves into as the destination (register that "
                       "household first)")
                        .arg(person->name),
                    QStringLiteral("destination"));
    if (target) {
        if (!target->active || target->kind == HouseholdKind::PublicCollective)
            return fail(ErrorCode::Invalid,
                        tr("household %1 cannot take the person: it is closed or a public collective household (to "
                           "move between collective households, enroll the person there)")
                            .arg(target->number),
                        QStringLiteral("destination"));
        auto counts = persons.memberAndHeadCount(target->id);
        if (!counts)
            return std::unexpected(counts.error());
        after.householdId = target->id;
        after.householdNumber = target->number;
        after.district = target->district;
        after.address = target->address;
        after.relation = counts->first == 0 ? kHead : kOtherRelation;
    } else {
        after.status = reason == LeaveReason::Deceased ? PersonStatus::Deceased : PersonStatus::MovedOut;
        after.statusReason = dest.isEmpty() ? CollectiveVocabulary::label(reason)
                                            : CollectiveVocabulary::label(reason) + QStringLiteral(": ") + dest;
        after.statusDate = day;
    }
    if (auto r = persons.updatePerson(*person, after); !r)
        return std::unexpected(r.error());
    if (target)
        if (auto r = settleHousehold(target->id); !r)
            return std::unexpected(r.error());
    if (auto r = journalPerson(actor, QStringLiteral("collective.leave"), *person, after,
                               CollectiveVocabulary::key(reason));
        !r)
        return std::unexpected(r.error());
    CollectiveMembership ended = **current;
    ended.leftOn = day;
    ended.leaveReason = reason;
    ended.destination = dest;
    ended.leftOfficer = actor.login;
    if (auto r = store.updateMembership(**current, ended); !r)
        return std::unexpected(r.error());
    JournalChange c{QStringLiteral("collective.leave"), QStringLiteral("collective_membership"), ended.uuid,
                    ended.version, image(**current), image(ended), CollectiveVocabulary::key(reason)};
    if (auto r = m_ws.journal().append(actor.login, c); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return ended;
}

Result<PageLoan> CollectiveService::lend(const Actor& actor, const QString& citizenId, const QString& purpose,
                                         const QDate& due) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    const QString what = purpose.trimmed();
    if (what.isEmpty() || what.size() > 200)
        return fail(ErrorCode::Invalid, tr("a loan needs a purpose of at most 200 characters"),
                    QStringLiteral("purpose"));
    const QDate day = today();
    if (!due.isValid() || due <= day)
        return fail(ErrorCode::Invalid, tr("the due date must be after today (%1)").arg(iso(day)),
                    QStringLiteral("due"));
    const Database& db = m_ws.db();
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto person = loadPerson(citizenId);
    if (!person)
        return std::unexpected(person.error());
    if (person->status != PersonStatus::Active)
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) is %3: no register page is lent").arg(person->name, person->citizenId,
                                                                      statusLabel(person->status)),
                    QStringLiteral("citizen_id"));
    auto current = store.currentMembership(person->id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) is not a member of a public collective household (moved out or never enrolled): no "
                       "register page is lent")
                        .arg(person->name, person->citizenId),
                    QStringLiteral("citizen_id"));
    auto open = store.openLoan(person->id);
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return fail(ErrorCode::Conflict,
                    tr("loan %1 to %2 is still open (due %3): return it before lending again")
                        .arg((*open)->number, person->name, iso((*open)->dueOn)),
                    QStringLiteral("loan"));
    auto last = store.lastLoanSequence(day.year());
    if (!last)
        return std::unexpected(last.error());
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    PageLoan l;
    l.uuid = newUuidV7(m_ws.clock().now());
    l.number = QStringLiteral("JY%1-%2").arg(day.year()).arg(*last + 1, 6, 10, QLatin1Char('0'));
    l.personId = person->id;
    l.citizenId = person->citizenId;
    l.personName = person->name;
    l.collectiveId = (*current)->collectiveId;
    l.collectiveNumber = (*current)->collectiveNumber;
    l.purpose = what;
    l.lentOn = day;
    l.dueOn = due;
    l.officer = actor.login;
    l.version = 1;
    l.createdSeq = *seq;
    if (auto r = store.insertLoan(l); !r)
        return std::unexpected(r.error());
    JournalChange c{QStringLiteral("collective.loan"), QStringLiteral("page_loan"), l.uuid, 1, {}, image(l), what};
    if (auto r = m_ws.journal().append(actor.login, c); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return l;
}

Result<PageLoan> CollectiveService::loadLoan(const QString& loanNumber) const
{
    auto loan = CollectiveStore(m_ws.db()).loanByNumber(loanNumber.trimmed().toUpper());
    if (!loan)
        return std::unexpected(loan.error());
    if (!*loan)
        return fail(ErrorCode::NotFound, tr("there is no loan %1").arg(loanNumber.trimmed()), QStringLiteral("loan"));
    return **loan;
}

Result<PageLoan> CollectiveService::giveBack(const Actor& actor, const QString& loanNumber) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    const Database& db = m_ws.db();
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto found = loadLoan(loanNumber);
    if (!found)
        return std::unexpected(found.error());
    const PageLoan loan = *found;
    if (!loan.open())
        return fail(ErrorCode::Invalid,
                    tr("loan %1 was already returned on %2").arg(loan.number, iso(loan.returnedOn)),
                    QStringLiteral("loan"));
    PageLoan after = loan;
    after.returnedOn = today();
    after.returnOfficer = actor.login;
    if (auto r = store.updateLoan(loan, after); !r)
        return std::unexpected(r.error());
    JournalChange c{QStringLiteral("collective.return"), QStringLiteral("page_loan"), after.uuid, after.version,
                    image(loan), image(after), {}};
    if (auto r = m_ws.journal().append(actor.login, c); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return after;
}

Result<CollectiveMembership> CollectiveService::setOwnsHome(const Actor& actor, const QString& citizenId,
                                                            bool ownsHome) const
{
    if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
        return std::unexpected(r.error());
    const Database& db = m_ws.db();
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto person = loadPerson(citizenId);
    if (!person)
        return std::unexpected(person.error());
    auto current = store.currentMembership(person->id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) is not a member of any public collective household").arg(person->name, person->citizenId),
                    QStringLiteral("citizen_id"));
    if ((*current)->ownsHomeInCity == ownsHome)
        return **current;
    CollectiveMembership after = **current;
    after.ownsHomeInCity = ownsHome;
    if (auto r = store.updateMembership(**current, after); !r)
        return std::unexpected(r.error());
    JournalChange c{QStringLiteral("collective.owns_home"), QStringLiteral("collective_membership"), after.uuid,
                    after.version, image(**current), image(after), {}};
    if (auto r = m_ws.journal().append(actor.login, c); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return after;
}

Result<LoanRecord> CollectiveService::loanForPrint(const Actor& actor, const QString& loanNumber) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    const Database& db = m_ws.db();
    CollectiveStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto found = loadLoan(loanNumber);
    if (!found)
        return std::unexpected(found.error());
    const PageLoan loan = *found;
    auto collective = store.collectiveById(loan.collectiveId);
    if (!collective || !*collective)
        return fail(ErrorCode::Failed, tr("the loan's collective household is missing"));
    auto person = PersonStore(db).byId(loan.personId);
    if (!person || !*person)
        return fail(ErrorCode::Failed, tr("the borrower's record is missing"));
    JournalChange c{QStringLiteral("collective.print_slip"), QStringLiteral("page_loan"), loan.uuid,
                    loan.version, {}, {}, {}};
    if (auto r = m_ws.journal().append(actor.login, c); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return LoanRecord{loan, **collective, **person};
}

Result<std::vector<PersonSummary>> CollectiveService::findPersons(const Actor& actor, const QString& text,
                                                                 int limit) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    PersonStore store(m_ws.db());
    auto hits = PersonSearch(store).find(text.trimmed(), limit);
    if (!hits)
        return std::unexpected(hits.error());
    std::vector<qint64> ids;
    for (const SearchHit& h : *hits)
        ids.push_back(h.personId);
    auto found = store.summaries(ids);
    if (!found)
        return std::unexpected(found.error());
    // Keep the search's order (best first).
    std::vector<PersonSummary> out;
    for (qint64 id : ids)
        for (const PersonSummary& s : *found)
            if (s.id == id)
                out.push_back(s);
    return out;
}

Result<CollectiveStatus> CollectiveService::status(const Actor& actor, const QString& citizenId) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto person = loadPerson(citizenId);
    if (!person)
        return std::unexpected(person.error());
    CollectiveStore store(m_ws.db());
    CollectiveStatus s;
    s.person = *person;
    auto history = store.memberships(person->id);
    if (!history)
        return std::unexpected(history.error());
    s.history = std::move(*history);
    for (const auto& m : s.history)
        if (m.current())
            s.current = m;
    auto loans = store.loans(person->id);
    if (!loans)
        return std::unexpected(loans.error());
    s.loans = std::move(*loans);
    return s;
}

namespace {

Result<QString> districtFilter(const QString& district)
{
    if (district.trimmed().isEmpty())
        return QString(QLatin1String(""));
    const auto d = Districts::findCurrent(district.trimmed());
    if (!d)
        return fail(ErrorCode::Invalid,
                    CollectiveService::tr("\"%1\" is not a current Guangzhou district code or name").arg(district),
                    QStringLiteral("district"));
    return d->code;
}

} // namespace

Result<std::vector<CollectiveHousehold>> CollectiveService::list(const Actor& actor, const QString& district) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto d = districtFilter(district);
    if (!d)
        return std::unexpected(d.error());
    return CollectiveStore(m_ws.db()).list(*d, today());
}

Result<CollectiveHousehold> CollectiveService::household(const Actor& actor, const QString& number) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto c = loadCollective(number);
    if (!c)
        return c;
    auto all = CollectiveStore(m_ws.db()).list(c->district, today());
    if (!all)
        return std::unexpected(all.error());
    for (const auto& x : *all)
        if (x.id == c->id)
            return x;
    return c;
}

Result<std::vector<CollectiveMembership>> CollectiveService::members(const Actor& actor, const QString& number) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto c = loadCollective(number);
    if (!c)
        return std::unexpected(c.error());
    return CollectiveStore(m_ws.db()).currentMembers(c->id);
}

Result<std::vector<PageLoan>> CollectiveService::overdue(const Actor& actor, const QString& district) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto d = districtFilter(district);
    if (!d)
        return std::unexpected(d.error());
    return CollectiveStore(m_ws.db()).overdue(today(), *d);
}

Result<std::vector<CollectiveMembership>> CollectiveService::homeOwners(const Actor& actor,
                                                                        const QString& district) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto d = districtFilter(district);
    if (!d)
        return std::unexpected(d.error());
    return CollectiveStore(m_ws.db()).homeOwners(*d);
}

Result<std::vector<DistrictCoverage>> CollectiveService::coverage(const Actor& actor) const
{
    if (auto r = Roles::require(actor, Permission::ReadCollective); !r)
        return std::unexpected(r.error());
    auto counts = CollectiveStore(m_ws.db()).countsByDistrict();
    if (!counts)
        return std::unexpected(counts.error());
    std::vector<DistrictCoverage> out;
    for (const District& d : Districts::all()) {
        if (!d.current)
            continue;
        DistrictCoverage c{d.code, d.name, 0};
        for (const auto& [code, n] : *counts)
            if (code == d.code)
                c.collectives = n;
        out.push_back(c);
    }
    return out;
}

} // namespace hukou::core
