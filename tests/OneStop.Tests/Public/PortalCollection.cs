namespace OneStop.Tests.Public;

/// <summary>The portal's integration tests share one application (one start, one database).</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
