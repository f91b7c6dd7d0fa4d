// mjcf.mjs writes the DM Control swimmer as MuJoCo MJCF text for any link
// count, generated from the numbers in /work/shared/specs/swimmer.md §1.1 and
// §1.2 (our own XML, not dm_control's swimmer.xml).
//
// Only what changes the dynamics is modelled: per link an invisible box that
// carries the mass and inertia (which MuJoCo's inertia-box fluid model also
// reads), the root slides and hinge, the limited body hinges and the motors.
// With {visual: true} the massless, contact-free visual geoms of §1.1 (link
// capsules, head ellipsoid, nose, eyes) and dm_control-style sensors are added
// too, so the engine does the same per-step work as the suite's model; they do
// not change the motion.

export const MIN_LINKS = 3;
export const MAX_LINKS = 15;

// Spec §1.1 / §1.2.
const LINK_LENGTH = 0.1; // m, child origin offset along the parent's +y
const BOX = [0.001, 0.05, 0.01]; // half sizes of the 0.002 × 0.1 × 0.02 m box
const LINK_MASS = 0.01; // kg (box density 2500 kg/m³)
const GEAR = 5e-4; // N·m per unit ctrl
const ARMATURE = 1e-6; // kg·m², body joints only
const TIMESTEP = 0.002; // s
const DENSITY = 3000; // kg/m³, viscosity 0 → inertia-box quadratic drag
const HEAD_Z = 0.05; // m, irrelevant (planar)

// swimmerMJCF returns the MJCF document for a swimmer of `links` links
// (3..15). Joint ranges are ±2π/links rad with the soft-limit solref
// (0.05, 1) and solimp (0, 0.8, 0.1, 0.5, 2) of §1.1.
export function swimmerMJCF(links, { visual = false } = {}) {
  if (!Number.isInteger(links) || links < MIN_LINKS || links > MAX_LINKS) {
    throw new Error(`links = ${links}: want an integer in ${MIN_LINKS}..${MAX_LINKS}`);
  }
  const range = (2 * Math.PI) / links; // rad
  const joint = (name) =>
    `<joint name="${name}" type="hinge" axis="0 0 1" pos="0 ${-LINK_LENGTH / 2} 0" ` +
    `limited="true" range="${-range} ${range}" armature="${ARMATURE}" damping="0" stiffness="0" ` +
    `solreflimit="0.05 1" solimplimit="0 0.8 0.1 0.5 2"/>`;
  const inertial = `<geom type="box" size="${BOX.join(" ")}" mass="${LINK_MASS}" contype="0" conaffinity="0" group="3"/>`;
  const capsule = visual
    ? `<geom type="capsule" fromto="0 ${-LINK_LENGTH / 2} 0 0 ${LINK_LENGTH / 2} 0" size="0.01" mass="0" contype="0" conaffinity="0"/>`
    : "";
  const site = (name) => (visual ? `<site name="${name}" size="0.001"/>` : "");

  // The head, then links−1 segments, each nested in the previous one.
  let open = "";
  let close = "";
  const jointNames = [];
  for (let i = 0; i < links - 1; i++) {
    const name = `joint_${i}`;
    jointNames.push(name);
    open +=
      `<body name="segment_${i}" pos="0 ${LINK_LENGTH} 0">` +
      joint(name) +
      inertial +
      capsule +
      site(`site_${i}`) +
      "\n";
    close += "</body>";
  }
  const headExtras = visual
    ? `<geom type="ellipsoid" size="0.02 0.04 0.017" pos="0 -0.022 0" mass="0" contype="0" conaffinity="0"/>` +
      `<geom type="sphere" size="0.004" pos="0 -0.06 0" mass="0" contype="0" conaffinity="0"/>` +
      `<geom type="capsule" size="0.004" fromto="-0.006 -0.054 0.006 -0.006 -0.054 0.012" mass="0" contype="0" conaffinity="0"/>` +
      `<geom type="capsule" size="0.004" fromto="0.006 -0.054 0.006 0.006 -0.054 0.012" mass="0" contype="0" conaffinity="0"/>` +
      `<site name="nose" pos="0 -0.06 0" size="0.001"/>`
    : "";
  const root = ["slide x 1 0 0", "slide y 0 1 0", "hinge rootz 0 0 1"]
    .map((s) => {
      const [type, name, ...axis] = s.split(" ");
      const jn = type === "slide" ? `root${name}` : name;
      return `<joint name="${jn}" type="${type}" axis="${axis.join(" ")}" pos="0 ${-LINK_LENGTH / 2} 0" limited="false" armature="0" damping="0" stiffness="0"/>`;
    })
    .join("");
  const motors = jointNames
    .map((j) => `<motor name="${j}" joint="${j}" gear="${GEAR}" ctrllimited="true" ctrlrange="-1 1"/>`)
    .join("\n    ");
  const sensors = visual ? sensorBlock(links) : "";

  return `<mujoco model="bioplay-swimmer-${links}">
  <compiler angle="radian"/>
  <option timestep="${TIMESTEP}" density="${DENSITY}" viscosity="0" integrator="Euler">
    <flag contact="disable"/>
  </option>
  <worldbody>
    <body name="head" pos="0 0 ${HEAD_Z}">${root}${inertial}${capsule}${headExtras}${site("head_site")}
    ${open}${close}
    </body>
  </worldbody>
  <actuator>
    ${motors}
  </actuator>${sensors}
</mujoco>
`;
}

// sensorBlock mirrors the sensor list of spec §1.4: nose position, the head
// axes, and a velocimeter + gyro per link. The benchmark does not read them;
// they only make MuJoCo compute what the suite's model computes every step.
function sensorBlock(links) {
  const per = (s) => `<velocimeter site="${s}"/><gyro site="${s}"/>`;
  let body = per("head_site");
  for (let i = 0; i < links - 1; i++) body += per(`site_${i}`);
  return `
  <sensor>
    <framepos objtype="site" objname="nose"/>
    <framexaxis objtype="body" objname="head"/>
    <frameyaxis objtype="body" objname="head"/>
    ${body}
  </sensor>`;
}
