import { INestApplication } from '@nestjs/common';
import { ActorService } from '@alianza/authz';
import {
  CollaborationService,
  GroundRulesService,
  ParticipationService,
} from '@alianza/collaboration';
import { Db, holdSetupLock } from '@alianza/db';
import { LedgerService } from '@alianza/ledger';
import { MilestoneService, ObjectiveService, TaskService } from '@alianza/plan';
import { IdentityService, UserEntity } from '@alianza/identity';
import { OrganizationInvitationService, OrganizationService } from '@alianza/organization';
import {
  CollaborationStatus,
  ContributionType,
  EntryDirection,
  IndicatorDirection,
  MembershipRole,
  OrganizationKind,
  present,
  ValuationScale,
  Viewer,
} from '@alianza/shared';

export const DEMO_PASSWORD = 'alianza-demo-2026';

const PEOPLE = {
  admin: { email: 'admin@alianza.demo', displayName: 'Ana Admin' },
  facilitator: { email: 'facilitadora@alianza.demo', displayName: 'Lucía Facilitadora' },
  panaderia: { email: 'owner@panaderia.demo', displayName: 'Pedro Panadero' },
  panaderiaMember: { email: 'member@panaderia.demo', displayName: 'Marta Masa' },
  molino: { email: 'owner@molino.demo', displayName: 'Olga Molinera' },
  molinoMember: { email: 'member@molino.demo', displayName: 'Iván Harina' },
  transportes: { email: 'owner@transportes.demo', displayName: 'Tomás Transportista' },
  transportesMember: { email: 'member@transportes.demo', displayName: 'Rosa Ruta' },
} as const;

const ORGANIZATIONS = [
  {
    key: 'panaderia',
    member: 'panaderiaMember',
    name: 'Panadería La Espiga',
    kind: OrganizationKind.COMPANY,
    mission: 'Pan artesano de masa madre para el barrio.',
    whoWeAre: 'Obrador familiar con 12 personas.',
    whatWeDo: 'Pan, bollería y catering de desayunos.',
    whereWeAreGoing: 'Abrir un segundo obrador y vender a restaurantes.',
    seeks: [ContributionType.SUPPLY, 'Harina ecológica a precio estable'],
    offers: [ContributionType.LEARNING, 'Nuestra experiencia con fermentación lenta'],
  },
  {
    key: 'molino',
    member: 'molinoMember',
    name: 'Molino del Sur',
    kind: OrganizationKind.COMPANY,
    mission: 'Moler cereal local con trazabilidad.',
    whoWeAre: 'Cooperativa de agricultores y molineros.',
    whatWeDo: 'Harinas de trigo, espelta y centeno.',
    whereWeAreGoing: 'Llegar a más obradores urbanos.',
    seeks: [ContributionType.RECOMMENDATION, 'Presentación a obradores de la ciudad'],
    offers: [ContributionType.SUPPLY, 'Harina ecológica con contrato anual'],
  },
  {
    key: 'transportes',
    member: 'transportesMember',
    name: 'Transportes Rápidos',
    kind: OrganizationKind.ENTREPRENEUR,
    mission: 'Reparto de última milla sin emisiones.',
    whoWeAre: 'Emprendedora con tres bicicletas de carga.',
    whatWeDo: 'Repartos de madrugada para comercios.',
    whereWeAreGoing: 'Rutas compartidas entre comercios vecinos.',
    seeks: [ContributionType.GROUPING, 'Comercios que compartan ruta de reparto'],
    offers: [ContributionType.LABOUR, 'Reparto de madrugada a coste compartido'],
  },
] as const;

/** Whether this instance holds the demo data (its platform admin marks it). */
export function demoLoaded(db: Db): Promise<boolean> {
  return db.repo(UserEntity).exists({ where: { email: PEOPLE.admin.email } });
}

/** The accounts `npm start` names once ready (every one: `npm run seed`). */
export const DEMO_SIGN_IN = {
  facilitator: PEOPLE.facilitator.email,
  participant: PEOPLE.panaderia.email,
  password: DEMO_PASSWORD,
} as const;

/**
 * Loads a small, complete demo: an admin, a facilitator, three organizations, one active
 * collaboration. Prints what it did and every account, unless `quiet` (`npm start` says less).
 * Several processes may call it at once (replicas starting together on an empty database): the
 * load holds the set-up lock, so one loads the demo and the others wait, then find it there.
 */
export async function seedDemo(app: INestApplication, { quiet = false } = {}): Promise<void> {
  const db = app.get(Db);
  const alreadyThere = () => {
    if (quiet) return;
    console.log('The demo data is already there.');
    printCredentials();
  };
  if (await demoLoaded(db)) return alreadyThere();
  const identity = app.get(IdentityService);
  const organizations = app.get(OrganizationService);
  const invitations = app.get(OrganizationInvitationService);
  const collaborations = app.get(CollaborationService);
  const participations = app.get(ParticipationService);
  const groundRules = app.get(GroundRulesService);
  const actors = app.get(ActorService);
  const objectives = app.get(ObjectiveService);
  const milestones = app.get(MilestoneService);
  const tasks = app.get(TaskService);
  const ledger = app.get(LedgerService);

  const loaded = await db.asOwner(async (manager) => {
    await holdSetupLock(manager);
    // Another process may have loaded it while this one waited for the lock.
    if (await manager.exists(UserEntity, { where: { email: PEOPLE.admin.email } })) return false;
    const actorOf = (user: UserEntity) => {
      const viewer: Viewer = {
        userId: user.id,
        sessionId: 'seed',
        email: user.email,
        displayName: user.displayName,
        isPlatformAdmin: user.isPlatformAdmin,
        isFacilitator: user.isFacilitator,
        emailVerified: user.emailVerifiedAt !== null,
      };
      return actors.forViewer(viewer, manager);
    };
    // The demo's people use their addresses as if each had followed the link emailed to it (the
    // owner may mark them: the API role may not, ADR 0027).
    const proven = async (user: UserEntity): Promise<UserEntity> => {
      await manager.query(
        'UPDATE users SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL',
        [user.id],
      );
      return Object.assign(user, { emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
    };
    await proven(await identity.createPlatformAdmin({ ...PEOPLE.admin, password: DEMO_PASSWORD }));
    const facilitator = await proven(
      await identity.registerFacilitator({
        ...PEOPLE.facilitator,
        initialPassword: DEMO_PASSWORD,
      }),
    );

    const collaboration = await collaborations.create(await actorOf(facilitator), {
      title: 'Alianza del pan de barrio',
      objective: 'Reducir costes de harina y reparto un 15 % compartiendo proveedores y rutas.',
      description: 'Tres negocios de la cadena del pan exploran compras y repartos conjuntos.',
    });
    const rules = await groundRules.publish(await actorOf(facilitator), collaboration.id, {
      body: 'Lo que se comparte aquí se usa solo para esta colaboración. Primero dar, luego recibir.',
      thirdPartyRules: 'Nada se comenta fuera sin permiso escrito de su dueño.',
      changeSummary: 'Primera versión.',
    });

    const signUp = async (person: keyof typeof PEOPLE) =>
      proven(
        present(
          await identity.signUp({ ...PEOPLE[person], password: DEMO_PASSWORD }),
          `the new demo account ${PEOPLE[person].email}`,
        ),
      );
    const owners: UserEntity[] = [];
    const organizationIds: string[] = [];
    for (const spec of ORGANIZATIONS) {
      const owner = await signUp(spec.key);
      const member = await signUp(spec.member);
      const organization = await organizations.create(await actorOf(owner), {
        name: spec.name,
        kind: spec.kind,
        mission: spec.mission,
        whoWeAre: spec.whoWeAre,
        whatWeDo: spec.whatWeDo,
        whereWeAreGoing: spec.whereWeAreGoing,
      });
      // Membership by consent, as in the portal: the owner invites, the member accepts.
      const invitation = await invitations.invite(
        await actorOf(owner),
        organization.id,
        member.email,
        MembershipRole.MEMBER,
      );
      await invitations.accept(await actorOf(member), invitation.id);
      owners.push(owner);
      organizationIds.push(organization.id);
      const participation = await participations.invite(
        await actorOf(facilitator),
        collaboration.id,
        organization.id,
        'Os invitamos a explorar compras y repartos conjuntos.',
      );
      await participations.acceptGroundRules(await actorOf(owner), participation.id, rules.id);
      const ownerActor = await actorOf(owner);
      await participations.addEntry(ownerActor, participation.id, {
        direction: EntryDirection.SEEK,
        contributionType: spec.seeks[0],
        description: spec.seeks[1],
      });
      await participations.addEntry(ownerActor, participation.id, {
        direction: EntryDirection.OFFER,
        contributionType: spec.offers[0],
        description: spec.offers[1],
      });
    }
    await collaborations.changeStatus(
      await actorOf(facilitator),
      collaboration.id,
      CollaborationStatus.ACTIVE,
    );

    // A plan and a few contributions, so that every screen has something to show.
    const f = await actorOf(facilitator);
    const objective = await objectives.createObjective(f, collaboration.id, {
      title: 'Comprar harina juntos',
      description: 'Un pedido conjunto al molino cada mes.',
    });
    await objectives.addIndicator(f, objective.id, {
      name: 'Coste de la harina',
      unit: 'EUR/kg',
      baseline: 0.8,
      target: 0.68,
      direction: IndicatorDirection.DECREASE,
    });
    const milestone = await milestones.createMilestone(f, collaboration.id, {
      title: 'Primer pedido conjunto',
      startDate: '2026-11-01',
      dueDate: '2026-12-15',
    });
    await tasks.createTask(f, milestone.id, {
      title: 'Reunir las necesidades de harina',
      responsibleOrganizationId: present(organizationIds[0], 'panadería'),
      dueDate: '2026-12-01',
    });
    await tasks.createTask(f, milestone.id, {
      title: 'Preparar la oferta de harina ecológica',
      responsibleOrganizationId: present(organizationIds[1], 'molino'),
      dueDate: '2026-12-10',
    });
    await ledger.setSettings(f, collaboration.id, { valuationScale: ValuationScale.POINTS });
    const [entry] = await ledger.declare(
      await actorOf(present(owners[1], 'molino owner')),
      collaboration.id,
      {
        receiverOrganizationIds: [present(organizationIds[0], 'panadería')],
        contributionType: ContributionType.RECOMMENDATION,
        description: 'Presentación a dos cooperativas de cereal',
        value: '10',
        occurredOn: '2026-11-15',
      },
    );
    await ledger.respond(
      await actorOf(present(owners[0], 'panadería owner')),
      present(entry, 'entry').id,
      true,
    );
    return true;
  });
  if (!loaded) return alreadyThere();
  console.log('Demo data loaded.');
  if (!quiet) printCredentials();
}

function printCredentials(): void {
  console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
  console.table(
    Object.entries(PEOPLE).map(([role, person]) => ({
      role,
      email: person.email,
      name: person.displayName,
    })),
  );
}
