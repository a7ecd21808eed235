using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Seeding;

public sealed class BootstrapOptions
{
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}

/// <summary>Creates the first national Administrator when the database has no user yet.</summary>
public sealed class BootstrapAdministrator(
    AppDbContext db,
    UserManager<AppUser> users,
    Microsoft.Extensions.Options.IOptions<BootstrapOptions> options,
    TimeProvider time,
    ILogger<BootstrapAdministrator> logger)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var email = string.IsNullOrWhiteSpace(options.Value.AdminEmail) ? "admin@localhost" : options.Value.AdminEmail.Trim();
        var generated = string.IsNullOrEmpty(options.Value.AdminPassword);
        var password = generated ? RandomPassword() : options.Value.AdminPassword!;
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAt = time.GetUtcNow().UtcDateTime };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Administrator });
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The bootstrap administrator could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (generated)
        {
            // Printed once, on the console only: the operator signs in and changes it.
            Console.WriteLine($"""

                ==================================================================
                 OneStop: first administrator created
                   e-mail:   {email}
                   password: {password}
                 Sign in and change this password (Account → Password).
                ==================================================================

                """);
        }
        else
        {
            logger.LogInformation("Bootstrap administrator {Email} created", email);
        }
    }

    private static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-7k";
}
