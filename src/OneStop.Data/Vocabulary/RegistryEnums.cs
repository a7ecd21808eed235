using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

[JsonConverter(typeof(SnakeCaseEnumConverter<Gender>))]
public enum Gender
{
    Female = 1,
    Male = 2,
    NonBinary = 3,
}

/// <summary>A sensitive ESF answer: the person may refuse to say.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<YesNoRefused>))]
public enum YesNoRefused
{
    Yes = 1,
    No = 2,
    Refused = 3,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<IdDocumentType>))]
public enum IdDocumentType
{
    IdCard = 1,
    Passport = 2,
    ResidencePermit = 3,
    AsylumSeekerCard = 4,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<ConsentPurpose>))]
public enum ConsentPurpose
{
    SensitiveData = 1,
    Referral = 2,
    Contact = 3,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<HouseholdRelationship>))]
public enum HouseholdRelationship
{
    Spouse = 1,
    Partner = 2,
    Child = 3,
    Parent = 4,
    Sibling = 5,
    Grandparent = 6,
    Grandchild = 7,
    OtherRelative = 8,
    Other = 9,
}

/// <summary>How a structure came to hold a person (docs/DESIGN.md §5).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<LinkReason>))]
public enum LinkReason
{
    Registered = 1,
    Visit = 2,
    Referral = 3,
    Linked = 4,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<VisitChannel>))]
public enum VisitChannel
{
    InPerson = 1,
    Phone = 2,
    Email = 3,
    MobileUnit = 4,
    HomeVisit = 5,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<VisitOutcome>))]
public enum VisitOutcome
{
    Informed = 1,
    Registered = 2,
    Appointment = 3,
    Referred = 4,
    Other = 5,
}

/// <summary>Age bands for anonymous contacts.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<AgeBand>))]
public enum AgeBand
{
    Under18 = 1,
    From18To29 = 2,
    From30To54 = 3,
    From55To64 = 4,
    Over64 = 5,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<OrganizationKind>))]
public enum OrganizationKind
{
    MunicipalService = 1,
    PublicBody = 2,
    Ngo = 3,
    Private = 4,
    OnestopStructure = 5,
}

/// <summary>HSDS service status, with "temporarily closed" as HSDS 3 spells it.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PartnerServiceStatus>))]
public enum PartnerServiceStatus
{
    Active = 1,
    Inactive = 2,
    TemporarilyClosed = 3,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<ReferralUrgency>))]
public enum ReferralUrgency
{
    Normal = 1,
    Urgent = 2,
}

/// <summary>The closed loop: draft → sent → received → accepted | declined → in_progress → completed | closed; withdrawn.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    Draft = 1,
    Sent = 2,
    Received = 3,
    Accepted = 4,
    Declined = 5,
    InProgress = 6,
    Completed = 7,
    Closed = 8,
    Withdrawn = 9,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<CooperationForm>))]
public enum CooperationForm
{
    Memorandum = 1,
    Agreement = 2,
    Informal = 3,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<CooperationChannel>))]
public enum CooperationChannel
{
    Physical = 1,
    Electronic = 2,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<PublicityKind>))]
public enum PublicityKind
{
    Logo = 1,
    Poster = 2,
    Leaflet = 3,
    Animation = 4,
    Banner = 5,
    Event = 6,
    PressRelease = 7,
    SocialMedia = 8,
    Website = 9,
}
