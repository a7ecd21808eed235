using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Referrals;

/// <summary>The referral tests share one application (each test arranges its own municipality), to stay fast.</summary>
[CollectionDefinition(Name)]
public sealed class ReferralsCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "Referrals";
}
