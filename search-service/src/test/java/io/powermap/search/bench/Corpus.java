package io.powermap.search.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;

/**
 * A generated civil-society graph, the same for the same seed: organizations named from a
 * vocabulary (places, causes, kinds of body), foundations that fund many of them (a few fund very
 * many), coalitions with members, people holding positions, and one evidence sentence per tie.
 * The changes come as profile-service publishes them: entities first, then their ties.
 */
final class Corpus {

    static final String[] PLACES = {"Massachusetts", "Colorado", "Denver", "Boston", "Chicago", "Oakland", "Texas",
        "Houston", "Austin", "Ohio", "Cleveland", "Detroit", "Michigan", "Minnesota", "Seattle", "Portland", "Oregon",
        "Atlanta", "Georgia", "Florida", "Miami", "Arizona", "Phoenix", "Nevada", "Utah", "Idaho", "Montana", "Kansas",
        "Missouri", "Iowa", "Nebraska", "Wisconsin", "Milwaukee", "Pittsburgh", "Philadelphia", "Pennsylvania",
        "Baltimore", "Maryland", "Virginia", "Richmond", "Carolina", "Charlotte", "Tennessee", "Memphis", "Nashville",
        "Kentucky", "Louisville", "Alabama", "Mississippi", "Louisiana", "New Orleans", "Arkansas", "Oklahoma",
        "New Mexico", "Albuquerque", "California", "Los Angeles", "San Diego", "Sacramento", "Fresno", "Hudson Valley",
        "Brooklyn", "Bronx", "New Jersey", "Newark", "Connecticut", "Hartford", "Vermont", "Maine", "New Hampshire",
        "Rhode Island", "Delaware", "Appalachian", "Gulf Coast", "Great Lakes", "Midwest", "Southern", "Pacific",
        "Rocky Mountain", "Bay Area"};
    static final String[] CAUSES = {"Immigrant", "Refugee", "Housing", "Tenants", "Climate", "Education", "Health",
        "Labor", "Workers", "Voting Rights", "Civil Liberties", "Environmental", "Clean Energy", "Water", "Food",
        "Farmworkers", "Youth", "Seniors", "Veterans", "Disability", "Women's", "Families", "Childcare", "Reproductive",
        "Criminal Justice", "Reentry", "Police Accountability", "Gun Safety", "Taxpayers", "Small Business",
        "Homeowners", "Parents", "Teachers", "Nurses", "Domestic Workers", "Transit", "Public Lands", "Wildlife",
        "Ocean", "Forest", "Rural", "Urban", "Neighborhood", "Community", "Economic", "Fair Trade", "Consumer",
        "Patient", "Digital Rights", "Open Government", "Election Integrity", "Faith", "Interfaith", "Arts", "Library",
        "Literacy", "Broadband", "Racial Equity", "Indigenous", "Latino", "Asian American", "Black"};
    static final String[] BODIES = {"Coalition", "Alliance", "Council", "Project", "Network", "Fund", "Institute",
        "Center", "Association", "Union", "League", "Committee", "Collaborative", "Partnership", "Initiative",
        "Society", "Federation", "Action", "Forum", "Caucus", "Organizing Committee", "Advocacy Group", "Legal Defense Fund",
        "Policy Center", "Research Institute"};
    static final String[] GOALS = {"Justice", "Equity", "Reform", "Opportunity", "Progress", "Freedom", "Security",
        "Accountability", "Prosperity", "Action", "Policy", "Solutions", "Futures", "Rights", "Power"};
    static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
        "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Christopher", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Margaret", "Mark",
        "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
        "Kenneth", "Dorothy", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Edward", "Deborah", "Ronald",
        "Stephanie", "Timothy", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen",
        "Gary", "Amy", "Nicholas", "Shirley", "Eric", "Angela", "Jonathan", "Helen", "Stephen", "Anna", "Larry", "Brenda",
        "Justin", "Pamela", "Scott", "Nicole", "Brandon", "Emma", "Benjamin", "Samantha", "Samuel", "Katherine",
        "Gregory", "Christine", "Frank", "Debra", "Alexander", "Rachel", "Raymond", "Catherine", "Patrick", "Carolyn",
        "Jack", "Janet", "Dennis", "Ruth", "Jerry", "Maria", "Tyler", "Heather", "Aaron", "Diane", "Jose", "Virginia",
        "Adam", "Julie", "Henry", "Joyce", "Nathan", "Victoria", "Douglas", "Olivia", "Zachary", "Kelly", "Peter",
        "Christina", "Kyle", "Lauren", "Walter", "Joan", "Ethan", "Evelyn", "Jeremy", "Judith", "Harold", "Megan",
        "Keith", "Cheryl", "Christian", "Andrea", "Roger", "Hannah", "Noah", "Martha", "Gerald", "Jacqueline", "Carl",
        "Frances", "Terry", "Gloria", "Sean", "Ann", "Austin", "Teresa", "Arthur", "Kathryn", "Lawrence", "Sara",
        "Jesse", "Janice", "Dylan", "Jean", "Bryan", "Alice", "Joe", "Madison", "Jordan", "Doris", "Billy", "Abigail",
        "Bruce", "Julia", "Albert", "Judy", "Willie", "Grace", "Gabriel", "Denise", "Logan", "Amber", "Alan", "Marilyn",
        "Juan", "Beverly", "Wayne", "Danielle", "Roy", "Theresa", "Ralph", "Sophia", "Randy", "Marie", "Eugene", "Diana",
        "Vincent", "Brittany", "Russell", "Natalie", "Elijah", "Isabella", "Louis", "Charlotte", "Bobby", "Rose",
        "Philip", "Alexis", "Johnny", "Kayla", "Ai-jen", "Dolores", "Cesar", "Marisol", "Xochitl", "Tomasz", "Jürgen",
        "Zoë", "Renée", "José", "Ngozi", "Priya", "Wei", "Hiroshi", "Fatima", "Omar"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips",
        "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales",
        "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
        "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett",
        "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross",
        "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
        "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander",
        "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera",
        "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
        "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
        "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon",
        "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner",
        "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
        "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant",
        "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen", "Peters", "Santos", "Hart",
        "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley",
        "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Pena",
        "Richards", "Contreras", "Willis", "Carpenter", "Lawrence", "Sandoval", "Müller", "Schröder", "Núñez",
        "Ibáñez", "Okafor", "Abernathy", "Whitfield", "Pemberton", "Castellanos", "Yamamoto", "Kowalski", "O'Brien"};
    static final String[] ROLES = {"Executive Director", "Board Chair", "Board Member", "Treasurer", "President",
        "Vice President", "Director of Policy", "Organizing Director", "General Counsel", "Founder", "Secretary",
        "Communications Director"};

    record Organization(String id, String name, String acronym, String place, String cause, boolean funder) {
    }

    final List<EntityChanged> entities = new ArrayList<>();
    final List<RelationshipChanged> ties = new ArrayList<>();
    final List<Organization> organizations = new ArrayList<>();
    final List<Organization> funders = new ArrayList<>();
    final List<Organization> coalitions = new ArrayList<>();
    private final Random random;
    private final Instant when = Instant.parse("2025-01-01T00:00:00Z");

    /** @param organizations how many organizations (funders and coalitions among them); people are half as many */
    Corpus(long seed, int organizations, int relationships) {
        random = new Random(seed);
        Set<String> names = new HashSet<>();
        int funderCount = Math.max(10, organizations / 30);
        int coalitionCount = Math.max(10, organizations / 20);
        for (int i = 0; i < organizations; i++) {
            boolean funder = i < funderCount;
            String name;
            do {
                name = funder ? funderName() : i < funderCount + coalitionCount ? coalitionName() : organizationName();
            } while (!names.add(name));
            String place = pick(PLACES);
            String cause = pick(CAUSES);
            Organization org = new Organization(id(), name, random.nextInt(10) < 3 ? acronym(name) : null, place, cause, funder);
            this.organizations.add(org);
            if (funder) {
                funders.add(org);
            } else if (i < funderCount + coalitionCount) {
                coalitions.add(org);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("headquarters", place);
            attributes.put("founded", Integer.toString(1950 + random.nextInt(74)));
            attributes.put("mission", "Works on " + cause.toLowerCase() + " " + pick(GOALS).toLowerCase() + " across "
                + place + " through " + pick(new String[] {"organizing", "litigation", "research", "grantmaking",
                    "lobbying", "public education", "direct services"}) + ".");
            entities.add(new EntityChanged(1, id(), Change.UPSERTED, when, org.id(), EntityType.ORGANIZATION, name,
                org.acronym() == null ? List.of() : List.of(org.acronym()), attributes, List.of("gen://org/" + i)));
        }
        int peopleCount = organizations / 2;
        List<String[]> people = new ArrayList<>(peopleCount);
        Set<String> personNames = new HashSet<>();
        for (int i = 0; i < peopleCount; i++) {
            String name;
            do {
                name = pick(FIRST) + (random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(26)) + ". " : " ") + pick(LAST);
            } while (!personNames.add(name));
            String id = id();
            people.add(new String[] {id, name});
            entities.add(new EntityChanged(1, id(), Change.UPSERTED, when, id, EntityType.PERSON, name, List.of(),
                Map.of("occupation", pick(ROLES)), List.of("gen://person/" + i)));
        }
        for (int i = 0; i < relationships; i++) {
            int kind = random.nextInt(100);
            if (kind < 40) {
                Organization from = hub(funders);
                Organization to = anyOrganization();
                BigDecimal amount = BigDecimal.valueOf((1 + random.nextInt(500)) * 5_000L);
                int year = 2005 + random.nextInt(20);
                String sentence = random.nextBoolean()
                    ? "The " + from.name() + " awarded a $" + String.format("%,d", amount.longValue()) + " grant to the "
                        + to.name() + " in " + year + " to support its " + to.cause().toLowerCase() + " work."
                    : "In " + year + ", the " + to.name() + " received $" + String.format("%,d", amount.longValue())
                        + " from the " + from.name() + " for " + pick(GOALS).toLowerCase() + " programs in " + to.place() + ".";
                tie(RelationshipType.FUNDING, from, to, null, amount, Integer.toString(year), sentence);
            } else if (kind < 65) {
                Organization member = anyOrganization();
                Organization group = hub(coalitions);
                String sentence = random.nextBoolean()
                    ? "The " + member.name() + " is a member organization of the " + group.name() + "."
                    : "The " + group.name() + " counts the " + member.name() + " among its " + (2010 + random.nextInt(15))
                        + " members, alongside other " + group.cause().toLowerCase() + " groups.";
                tie(RelationshipType.MEMBERSHIP, member, group, null, null, null, sentence);
            } else if (kind < 90) {
                String[] person = people.get(random.nextInt(people.size()));
                Organization org = anyOrganization();
                String role = pick(ROLES);
                String sentence = random.nextBoolean()
                    ? person[1] + " serves as " + role + " of the " + org.name() + "."
                    : person[1] + " joined the " + org.name() + " as " + role + " in " + (2000 + random.nextInt(25)) + ".";
                ties.add(new RelationshipChanged(1, id(), Change.UPSERTED, when, id(), RelationshipType.POSITION, person[0],
                    person[1], org.id(), org.name(), role, null, null, true, null, null, 0.9, List.of(sentence)));
            } else {
                Organization a = anyOrganization();
                Organization b = anyOrganization();
                boolean supports = random.nextBoolean();
                String sentence = supports
                    ? "The " + a.name() + " endorsed the " + b.name() + "'s campaign on " + b.cause().toLowerCase()
                        + " " + pick(GOALS).toLowerCase() + "."
                    : "The " + a.name() + " works closely with the " + b.name() + " on " + a.cause().toLowerCase() + " issues.";
                tie(supports ? RelationshipType.SUPPORTS : RelationshipType.AFFILIATION, a, b, null, null, null, sentence);
            }
        }
    }

    /** Entities first, then ties, as profile-service publishes a document's changes. */
    List<ProfileChange> changes() {
        List<ProfileChange> all = new ArrayList<>(entities.size() + ties.size());
        all.addAll(entities);
        all.addAll(ties);
        return all;
    }

    private void tie(RelationshipType type, Organization from, Organization to, String role, BigDecimal amount, String start,
                     String sentence) {
        ties.add(new RelationshipChanged(1, id(), Change.UPSERTED, when, id(), type, from.id(), from.name(), to.id(),
            to.name(), role, start, null, true, amount, amount == null ? null : "USD", 0.9, List.of(sentence)));
    }

    /** Low indexes much more often (u^3): a few funders and coalitions are hubs with thousands of ties. */
    private Organization hub(List<Organization> among) {
        double u = random.nextDouble();
        return among.get((int) (among.size() * u * u * u));
    }

    private Organization anyOrganization() {
        return organizations.get(random.nextInt(organizations.size()));
    }

    private String funderName() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(LAST) + " Family Foundation";
            case 1 -> pick(PLACES) + " Community Foundation";
            case 2 -> "The " + pick(LAST) + " " + pick(new String[] {"Foundation", "Trust", "Fund", "Charitable Trust"});
            default -> pick(FIRST) + " and " + pick(FIRST) + " " + pick(LAST) + " Foundation";
        };
    }

    private String coalitionName() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(PLACES) + " " + pick(CAUSES) + " Coalition";
            case 1 -> "National " + pick(CAUSES) + " " + pick(new String[] {"Alliance", "Network", "Federation", "Coalition"});
            default -> pick(PLACES) + " " + pick(CAUSES) + " and " + pick(CAUSES) + " Alliance";
        };
    }

    private String organizationName() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> pick(PLACES) + " " + pick(CAUSES) + " " + pick(BODIES);
            case 2 -> pick(PLACES) + " " + pick(CAUSES) + " and " + pick(CAUSES) + " " + pick(BODIES);
            case 3 -> pick(BODIES) + " for " + pick(CAUSES) + " " + pick(GOALS);
            case 4 -> pick(CAUSES) + " " + pick(GOALS) + " " + pick(BODIES) + " of " + pick(PLACES);
            default -> "Friends of " + pick(PLACES) + " " + pick(CAUSES) + " " + pick(BODIES);
        };
    }

    private static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            }
        }
        return letters.length() >= 2 ? letters.toString() : null;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private String id() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** What one entity's index document holds about its ties, for the PostgreSQL side. */
    static final class Ties {
        final Set<String> types = new LinkedHashSet<>();
        final Set<String> funders = new LinkedHashSet<>();
        final Set<String> memberOf = new LinkedHashSet<>();
        final StringBuilder evidence = new StringBuilder();
        int connections;
    }
}
