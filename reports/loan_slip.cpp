#include "loan_slip.h"

#include "core/domain/districts.h"

namespace hukou::reports {

namespace {

QString cnDate(const QDate& d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QStringLiteral("—");
}

} // namespace

PdfDocument LoanSlip::document() const
{
    const core::PageLoan& l = m_record.loan;
    const core::CollectiveHousehold& c = m_record.collective;
    const core::Person& p = m_record.person;
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th width=\"32%\" align=\"left\">%1</th><td>%2</td></tr>")
            .arg(PdfDocument::esc(label), PdfDocument::esc(value));
    };
    QString body = QStringLiteral("<h1>户口借用单</h1>");
    body += QStringLiteral("<p>%1</p>").arg(PdfDocument::esc(
        tr("The register page of the member below is lent by the public collective household and must be "
           "returned to the desk by the due date.")));
    body += QStringLiteral("<table width=\"100%\">");
    body += row(tr("Loan number (借用编号)"), l.number);
    body += row(tr("Collective household (集体户)"), c.name + QStringLiteral(" (") + c.number + QLatin1Char(')'));
    body += row(tr("District (区)"), core::Districts::nameOf(c.district));
    body += row(tr("Address (地址)"), c.address);
    body += row(tr("Borrower (借用人)"), p.name);
    body += row(tr("Citizen ID (公民身份号码)"), p.citizenId);
    body += row(tr("Purpose (用途)"), l.purpose);
    body += row(tr("Lent on (借出日期)"), cnDate(l.lentOn));
    body += row(tr("Due (应还日期)"), cnDate(l.dueOn));
    body += row(tr("Returned (归还日期)"), l.open() ? QStringLiteral("—") : cnDate(l.returnedOn));
    body += row(tr("Officer (经办人)"), l.officer);
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p>&nbsp;</p><p>%1 ____________ &nbsp;&nbsp;&nbsp; %2 ____________</p>")
                .arg(PdfDocument::esc(tr("Borrower's signature (借用人签名):")),
                     PdfDocument::esc(tr("Desk seal (经办单位盖章):")));
    PdfDocument doc(QStringLiteral("户口借用单 ") + l.number);
    doc.setHtmlBody(body);
    return doc;
}

} // namespace hukou::reports
