namespace OneStop.Web;

// Marker types for the UI texts in Resources/<Name>.resx (English) and <Name>.el.resx (Greek).
// Add or change texts with scripts/text.py so that both languages stay in step.

/// <summary>Layout, navigation, common buttons and validation messages.</summary>
public sealed class SharedResource;

/// <summary>Sign-in, two-factor, account pages.</summary>
public sealed class AccountResource;

/// <summary>Structures, hours, accessibility, services, regulation.</summary>
public sealed class StructuresResource;

/// <summary>Users, roles, reference lists, audit log.</summary>
public sealed class AdminResource;

/// <summary>The beneficiary registry: registration, search, details, consents, household.</summary>
public sealed class BeneficiariesResource;

/// <summary>Likely duplicates, "not the same person", merge and undo.</summary>
public sealed class DuplicatesResource;

/// <summary>The front desk: the Today page, visits, the daily card.</summary>
public sealed class FrontDeskResource;

/// <summary>The public portal: structures, hours, programmes, questionnaire, appointment requests.</summary>
public sealed class PublicResource;
/// <summary>Referrals, their inbox and signed partner links.</summary>
public sealed class ReferralsResource;
/// <summary>The partner directory: organisations, services, HSDS import and export.</summary>
public sealed class PartnersResource;

/// <summary>The networking plan (partners, meetings) and the publicity plan, with their material.</summary>
public sealed class NetworkResource;
/// <summary>Staff, attendance, person-months and the certification pack.</summary>
public sealed class StaffResource;
/// <summary>Group activities: sessions, attendees, head counts, attendance lists.</summary>
public sealed class ActivitiesResource;
/// <summary>Food and goods distribution: lists, rounds, the counter, eligibility rules, the report.</summary>
public sealed class DistributionResource;
/// <summary>The offline mobile app and its sync.</summary>
public sealed class MobileResource;
/// <summary>ESF participation: entry, exit, six-month follow-up, participant import.</summary>
public sealed class ParticipantsResource;
/// <summary>Reports: ESF indicators, activity statistics (dashboard, charts, exports), the data-quality report.</summary>
public sealed class ReportsResource;

/// <summary>Points a model (an InputModel or API request) to the texts of its area.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TextResourceAttribute(Type resource) : Attribute
{
    public Type Resource { get; } = resource;
}

/// <summary>Case monitoring: cases, assessment, plan, services, notes, documents, applications, appointments.</summary>
public sealed class CasesResource;
