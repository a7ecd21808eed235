using System.Text.Json.Serialization;

namespace OneStop.Data.Entities;

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

/// <summary>How a structure came to hold a person (DESIGN.md §5).</summary>
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
